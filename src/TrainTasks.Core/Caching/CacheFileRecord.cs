namespace TrainTasks.Core.Caching;

/// <summary>One file of a cache entry as its manifest records it.</summary>
/// <param name="Path">Path relative to the entry folder, with <c>/</c> between folders.</param>
/// <param name="Size">Length in bytes.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the content.</param>
public sealed record CacheFileRecord(string Path, long Size, string Sha256);
