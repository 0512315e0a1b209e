using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TrainTasks.Core.Fingerprints;

/// <summary>
/// Writes JSON in one canonical form, so that values that mean the same hash the same:
/// object keys sorted by ordinal, no white space, and numbers written from their value
/// rather than their spelling (<c>0.1</c> and <c>0.10</c>, <c>1e-06</c> and <c>0.000001</c>,
/// <c>1</c> and <c>1.0</c> all come out alike).
/// </summary>
public static class CanonicalJson
{
    /// <summary>Returns the canonical text of <paramref name="node"/>; <c>null</c> gives <c>null</c>.</summary>
    public static string Write(JsonNode? node)
    {
        var builder = new StringBuilder();
        Append(builder, node);
        return builder.ToString();
    }

    /// <summary>Returns the canonical text of <paramref name="element"/>.</summary>
    public static string Write(JsonElement element) => Write(JsonNode.Parse(element.GetRawText()));

    /// <summary>Formats a number the way canonical JSON writes it.</summary>
    /// <param name="value">A finite number.</param>
    /// <exception cref="ArgumentOutOfRangeException">The number is NaN or infinite.</exception>
    public static string FormatNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "JSON numbers must be finite.");
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 9007199254740992d)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    private static void Append(StringBuilder builder, JsonNode? node)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                AppendObject(builder, obj);
                break;
            case JsonArray array:
                AppendArray(builder, array);
                break;
            case JsonValue value:
                AppendValue(builder, value);
                break;
        }
    }

    private static void AppendObject(StringBuilder builder, JsonObject obj)
    {
        builder.Append('{');
        var first = true;
        foreach (var (key, child) in obj.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            builder.Append(JsonSerializer.Serialize(key)).Append(':');
            Append(builder, child);
        }

        builder.Append('}');
    }

    private static void AppendArray(StringBuilder builder, JsonArray array)
    {
        builder.Append('[');
        for (var i = 0; i < array.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            Append(builder, array[i]);
        }

        builder.Append(']');
    }

    private static void AppendValue(StringBuilder builder, JsonValue value)
    {
        var element = JsonSerializer.SerializeToElement(value);
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                builder.Append(FormatNumber(element.GetDouble()));
                break;
            case JsonValueKind.String:
                builder.Append(JsonSerializer.Serialize(element.GetString()));
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            default:
                builder.Append("null");
                break;
        }
    }
}
