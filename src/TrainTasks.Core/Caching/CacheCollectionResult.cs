namespace TrainTasks.Core.Caching;

/// <summary>What <see cref="ArtifactCache.GarbageCollect"/> removed.</summary>
/// <param name="StagingFolders">Stale staging folders removed.</param>
/// <param name="CorruptEntries">Corrupt entries removed, including those set aside earlier.</param>
/// <param name="Entries">Valid entries removed for age or the size budget.</param>
/// <param name="FreedBytes">Bytes freed by removing valid entries.</param>
public sealed record CacheCollectionResult(int StagingFolders, int CorruptEntries, int Entries, long FreedBytes);
