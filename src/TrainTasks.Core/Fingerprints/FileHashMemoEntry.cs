namespace TrainTasks.Core.Fingerprints;

/// <summary>One remembered file hash: valid while the file keeps this size and last-write time.</summary>
/// <param name="Size">Length in bytes.</param>
/// <param name="LastWriteTicks">Last-write time in UTC, in ticks.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the content.</param>
internal sealed record FileHashMemoEntry(long Size, long LastWriteTicks, string Sha256);
