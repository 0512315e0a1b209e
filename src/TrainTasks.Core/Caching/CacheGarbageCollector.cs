namespace TrainTasks.Core.Caching;

/// <summary>One garbage collection pass over a cache root, as of one moment.</summary>
internal sealed class CacheGarbageCollector(CacheLayout layout, DateTimeOffset now, CacheCollectionOptions options)
{
    /// <summary>Runs the pass; <paramref name="verify"/> checks entries and sets corrupt ones aside.</summary>
    public CacheCollectionResult Run(Func<CacheVerification> verify)
    {
        var staging = RemoveStaleStaging();

        verify();
        var corruptBytes = Directory.Exists(layout.Corrupt) ? CacheLayout.SizeOnDisk(layout.Corrupt) : 0;
        var corrupt = RemoveAll(layout.Corrupt);

        var entries = DescribeEntries();
        var removed = RemoveUnused(entries).Concat(RemoveOverBudget(entries)).ToArray();
        RemoveOrphanedUseRecords();
        var freed = corruptBytes + removed.Sum(entry => entry.Size);
        return new CacheCollectionResult(staging, corrupt, removed.Length, freed);
    }

    private int RemoveStaleStaging()
    {
        if (!Directory.Exists(layout.Staging))
        {
            return 0;
        }

        var cutoff = now - options.StagingMaxAge;
        return Directory.EnumerateDirectories(layout.Staging)
            .Where(directory => Directory.GetLastWriteTimeUtc(directory) < cutoff.UtcDateTime)
            .ToArray()
            .Count(TryDelete);
    }

    private static int RemoveAll(string parent) =>
        Directory.Exists(parent) ? Directory.EnumerateDirectories(parent).ToArray().Count(TryDelete) : 0;

    private List<Candidate> DescribeEntries() =>
        layout.EntryDirectories()
            .Select(directory => (Directory: directory, Fingerprint: Path.GetFileName(directory)))
            .Select(entry => new Candidate(
                entry.Directory,
                entry.Fingerprint,
                CacheLayout.SizeOnDisk(entry.Directory),
                layout.LastUsed(entry.Fingerprint)
                    ?? CacheEntryReader.TryReadManifest(entry.Directory)?.CreatedAt
                    ?? new DateTimeOffset(Directory.GetLastWriteTimeUtc(entry.Directory))))
            .OrderBy(entry => entry.LastUsed)
            .ThenBy(entry => entry.Fingerprint, StringComparer.Ordinal)
            .ToList();

    private List<Candidate> RemoveUnused(List<Candidate> entries)
    {
        if (options.MaxUnusedAge is not { } age)
        {
            return [];
        }

        var removed = new List<Candidate>();
        foreach (var entry in entries.Where(entry => entry.LastUsed < now - age).ToArray())
        {
            if (layout.Remove(entry.Directory))
            {
                entries.Remove(entry);
                removed.Add(entry);
            }
        }

        return removed;
    }

    private List<Candidate> RemoveOverBudget(List<Candidate> entries)
    {
        if (options.MaxTotalBytes is not { } budget)
        {
            return [];
        }

        var total = entries.Sum(entry => entry.Size);
        var removed = new List<Candidate>();
        foreach (var entry in entries)
        {
            if (total <= budget)
            {
                break;
            }

            if (layout.Remove(entry.Directory))
            {
                total -= entry.Size;
                removed.Add(entry);
            }
        }

        return removed;
    }

    private void RemoveOrphanedUseRecords()
    {
        if (!Directory.Exists(layout.Used))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(layout.Used).ToArray())
        {
            if (!Directory.Exists(layout.EntryDirectory(Path.GetFileName(file))))
            {
                File.Delete(file);
            }
        }
    }

    private static bool TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private sealed record Candidate(string Directory, string Fingerprint, long Size, DateTimeOffset LastUsed);
}
