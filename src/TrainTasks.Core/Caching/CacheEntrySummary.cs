namespace TrainTasks.Core.Caching;

/// <summary>One entry as <see cref="ArtifactCache.List"/> shows it, read without checking hashes.</summary>
/// <param name="Fingerprint">The fingerprint the entry is stored under.</param>
/// <param name="Directory">Full path of the entry folder.</param>
/// <param name="SizeBytes">Total size of the entry's files on disk.</param>
/// <param name="CreatedAt">When the entry was committed; null when its manifest cannot be read.</param>
/// <param name="LastUsedAt">When the entry was last committed or hit; null when never recorded.</param>
public sealed record CacheEntrySummary(
    string Fingerprint,
    string Directory,
    long SizeBytes,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? LastUsedAt);
