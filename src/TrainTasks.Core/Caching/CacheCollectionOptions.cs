namespace TrainTasks.Core.Caching;

/// <summary>What <see cref="ArtifactCache.GarbageCollect"/> removes besides unfinished and corrupt entries.</summary>
public sealed record CacheCollectionOptions
{
    /// <summary>Staging folders older than this are left over from a killed writer; default one hour.</summary>
    public TimeSpan StagingMaxAge { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Remove entries not committed or hit for this long; null keeps them (CLI <c>--unused-days</c>).
    /// </summary>
    public TimeSpan? MaxUnusedAge { get; init; }

    /// <summary>
    /// Remove the least recently used entries until the cache fits in this many bytes; null for no budget.
    /// </summary>
    public long? MaxTotalBytes { get; init; }
}
