using TrainTasks.Core.IO;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using TrainTasks.Core.Fingerprints;

namespace TrainTasks.Core.Caching;

/// <summary>
/// Where things live under a cache root: entries in <c>&lt;fingerprint&gt;/</c>, unfinished writes
/// in <c>.staging/</c>, entries that failed verification in <c>.corrupt/</c>, and last-used times
/// in <c>.used/&lt;fingerprint&gt;</c> (outside the entry, so recording a hit never changes it).
/// </summary>
internal sealed class CacheLayout(string root)
{
    public const string ManifestFileName = "manifest.json";
    public const string MetricsFileName = "metrics.json";

    public static JsonSerializerOptions JsonOptions { get; } = new(MetricsJson.Options)
    {
        Converters = { new TrialParametersJsonConverter() },
        WriteIndented = true,
    };

    public string Root { get; } = Path.GetFullPath(root);

    public string Staging => Path.Combine(Root, ".staging");

    public string Corrupt => Path.Combine(Root, ".corrupt");

    public string Used => Path.Combine(Root, ".used");

    public string EntryDirectory(string fingerprint) => Path.Combine(Root, fingerprint);

    public string UsedFile(string fingerprint) => Path.Combine(Used, fingerprint);

    /// <summary>Entry folders under the root: those named like a fingerprint.</summary>
    public IEnumerable<string> EntryDirectories() => Directory.Exists(Root)
        ? Directory.EnumerateDirectories(Root).Where(path => TrialFingerprint.IsWellFormed(Path.GetFileName(path)))
        : [];

    public void MarkUsed(string fingerprint, DateTimeOffset time)
    {
        try
        {
            var text = time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
            AtomicFile.WriteAllText(UsedFile(fingerprint), text);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The last-used time only orders garbage collection; losing one update is harmless.
        }
    }

    public DateTimeOffset? LastUsed(string fingerprint)
    {
        try
        {
            return DateTimeOffset.Parse(
                File.ReadAllText(UsedFile(fingerprint)).Trim(),
                CultureInfo.InvariantCulture,
                DateTimeStyles.RoundtripKind);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    public static string HashFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static long SizeOnDisk(string directory) =>
        new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(file => file.Length);

    /// <summary>Removes a folder by first renaming it into staging, so no reader sees it half deleted.</summary>
    public bool Remove(string directory)
    {
        var doomed = Path.Combine(Staging, $"removed-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(Staging);
            Directory.Move(directory, doomed);
            Directory.Delete(doomed, recursive: true);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
