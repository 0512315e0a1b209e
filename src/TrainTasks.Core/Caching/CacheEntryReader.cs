using System.Text.Json;

namespace TrainTasks.Core.Caching;

/// <summary>
/// Checks an entry folder against its manifest before anyone trusts it: the manifest must parse
/// and name the folder's fingerprint, and every listed file must exist with its size and hash.
/// </summary>
internal static class CacheEntryReader
{
    /// <summary>Returns the verified entry, or null with the reason it failed.</summary>
    public static CacheEntry? Read(string directory, string fingerprint, bool checkHashes, out string? problem)
    {
        try
        {
            return ReadChecked(directory, fingerprint, checkHashes, out problem);
        }
        catch (JsonException exception)
        {
            problem = $"a JSON file does not parse ({exception.Message})";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = $"a file cannot be read ({exception.Message})";
        }

        return null;
    }

    /// <summary>Reads only the manifest, or null when it is missing or does not parse.</summary>
    public static CacheManifest? TryReadManifest(string directory)
    {
        try
        {
            var path = Path.Combine(directory, CacheLayout.ManifestFileName);
            return File.Exists(path)
                ? JsonSerializer.Deserialize<CacheManifest>(File.ReadAllText(path), CacheLayout.JsonOptions)
                : null;
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static CacheEntry? ReadChecked(string directory, string fingerprint, bool checkHashes, out string? problem)
    {
        var manifestPath = Path.Combine(directory, CacheLayout.ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            problem = "manifest.json is missing, so the writer did not finish";
            return null;
        }

        var manifestText = File.ReadAllText(manifestPath);
        var manifest = JsonSerializer.Deserialize<CacheManifest>(manifestText, CacheLayout.JsonOptions)
            ?? throw new JsonException("manifest.json holds null");
        problem = CheckManifest(manifest, fingerprint) ?? CheckFiles(directory, manifest.Files, checkHashes);
        if (problem is not null)
        {
            return null;
        }

        var metricsText = File.ReadAllText(Path.Combine(directory, CacheLayout.MetricsFileName));
        var metrics = JsonSerializer.Deserialize<CachedMetrics>(metricsText, CacheLayout.JsonOptions)
            ?? throw new JsonException("metrics.json holds null");
        return new CacheEntry(fingerprint, directory, manifest, metrics);
    }

    private static string? CheckManifest(CacheManifest manifest, string fingerprint)
    {
        if (manifest.FormatVersion != CacheManifest.CurrentFormatVersion)
        {
            return $"manifest format {manifest.FormatVersion} is not {CacheManifest.CurrentFormatVersion}";
        }

        if (manifest.Fingerprint != fingerprint)
        {
            return $"manifest names fingerprint '{manifest.Fingerprint}', not the folder's";
        }

        var listed = manifest.Files.Select(file => file.Path).ToHashSet(StringComparer.Ordinal);
        return listed.Contains(CacheLayout.MetricsFileName) && listed.Contains(manifest.ModelFile)
            ? null
            : $"manifest does not list both metrics.json and the model '{manifest.ModelFile}'";
    }

    private static string? CheckFiles(string directory, IEnumerable<CacheFileRecord> files, bool checkHashes)
    {
        foreach (var file in files)
        {
            if (!IsInside(file.Path))
            {
                return $"manifest lists '{file.Path}', which is outside the entry";
            }

            var info = new FileInfo(Path.Combine(directory, file.Path));
            if (!info.Exists)
            {
                return $"'{file.Path}' is missing";
            }

            if (info.Length != file.Size)
            {
                return $"'{file.Path}' has {info.Length} bytes; the manifest says {file.Size}";
            }

            if (checkHashes && CacheLayout.HashFile(info.FullName) != file.Sha256)
            {
                return $"'{file.Path}' has another SHA-256 than the manifest records";
            }
        }

        return null;
    }

    private static bool IsInside(string relativePath) =>
        !Path.IsPathRooted(relativePath)
        && !relativePath.Split('/', '\\').Any(part => part is "" or "." or "..");
}
