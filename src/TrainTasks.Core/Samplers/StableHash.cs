using System.Text;

namespace TrainTasks.Core.Samplers;

/// <summary>
/// A 64-bit FNV-1a hash of text, the same on every machine, process and .NET version (unlike
/// <see cref="string.GetHashCode()"/>, which is randomized per process).
/// </summary>
internal static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hashes the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static ulong Of(string text)
    {
        var hash = OffsetBasis;
        foreach (var octet in Encoding.UTF8.GetBytes(text))
        {
            hash ^= octet;
            hash *= Prime;
        }

        return hash;
    }

    /// <summary>Hashes the parts joined by a separator that cannot occur in a number.</summary>
    public static ulong Of(params object[] parts) =>
        Of(string.Join('\u001f', parts.Select(part => Convert.ToString(
            part,
            System.Globalization.CultureInfo.InvariantCulture))));
}
