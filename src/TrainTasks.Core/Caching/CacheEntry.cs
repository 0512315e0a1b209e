namespace TrainTasks.Core.Caching;

/// <summary>A verified cache entry: its manifest matched every file when it was returned.</summary>
/// <param name="Fingerprint">The fingerprint the entry is stored under.</param>
/// <param name="Directory">Full path of the entry folder.</param>
/// <param name="Manifest">The entry's manifest.</param>
/// <param name="Metrics">The entry's final and per-epoch metrics.</param>
public sealed record CacheEntry(string Fingerprint, string Directory, CacheManifest Manifest, CachedMetrics Metrics)
{
    /// <summary>Full path of the model file.</summary>
    public string ModelPath => Path.Combine(Directory, Manifest.ModelFile);
}
