using System.Text.Json;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Fingerprints;

namespace TrainTasks.Core.Caching;

/// <summary>
/// Content-addressed store of trained models: <c>&lt;root&gt;/&lt;fingerprint&gt;/</c> holds the model
/// file(s), <c>metrics.json</c> and <c>manifest.json</c>. Safe for several processes sharing one root.
/// </summary>
/// <remarks>
/// A writer calls <see cref="BeginEntry"/>, lets the trainer write into the returned staging folder,
/// then calls <see cref="Commit"/>, which hashes the files, writes the manifest last and renames
/// the folder into place in one step; a killed writer leaves only a staging folder, which no
/// reader looks at. A reader (<see cref="TryGet"/>) checks the manifest and every file's size and
/// hash before it trusts an entry; an entry that fails is moved to <c>.corrupt/</c>, reported
/// with TT5001 and treated as a miss.
/// Limitation: an entry can be removed by another process's garbage collection while a build
/// copies its model; the copy then fails with an I/O error rather than reading a wrong file.
/// </remarks>
public sealed class ArtifactCache
{
    private readonly CacheLayout _layout;
    private readonly Action<Diagnostic> _report;
    private readonly TimeProvider _time;

    /// <summary>Makes a cache at <paramref name="root"/>; folders are created on first write.</summary>
    /// <param name="root">The cache folder (CLI <c>--cache-dir</c>, property <c>TrainTasksCacheDir</c>).</param>
    /// <param name="report">Receives TT5001 warnings about corrupt entries; ignored when null.</param>
    /// <param name="timeProvider">The clock for created and last-used times; the system clock by default.</param>
    public ArtifactCache(string root, Action<Diagnostic>? report = null, TimeProvider? timeProvider = null)
    {
        _layout = new CacheLayout(root);
        _report = report ?? (_ => { });
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Full path of the cache folder.</summary>
    public string Root => _layout.Root;

    /// <summary>Makes a new, empty staging folder for a trainer to write an entry's files into.</summary>
    /// <exception cref="TrainTasksException">TT5002 when the cache folder cannot be written.</exception>
    public string BeginEntry() => GuardWrite(_layout.Staging, () =>
        Directory.CreateDirectory(Path.Combine(_layout.Staging, Guid.NewGuid().ToString("N"))).FullName);

    /// <summary>
    /// Seals the staging folder as the entry for <paramref name="fingerprint"/>. When another
    /// process committed the same fingerprint first, its entry is verified and returned and this
    /// staging folder is deleted.
    /// </summary>
    /// <param name="stagingDirectory">A folder returned by <see cref="BeginEntry"/>, holding the model.</param>
    /// <param name="fingerprint">The trial's fingerprint: 64 lowercase hex digits.</param>
    /// <param name="info">Parameters, trainer and model file name to record in the manifest.</param>
    /// <param name="metrics">The final and per-epoch metrics to store in <c>metrics.json</c>.</param>
    /// <exception cref="ArgumentException">
    /// A malformed fingerprint, a folder outside staging, or no model file.
    /// </exception>
    /// <exception cref="TrainTasksException">TT5002 when the cache folder cannot be written.</exception>
    public CacheEntry Commit(string stagingDirectory, string fingerprint, CacheManifestInfo info, CachedMetrics metrics)
    {
        var staging = ValidateCommit(stagingDirectory, fingerprint, info);

        return GuardWrite(staging, () =>
        {
            var manifest = WriteContent(staging, fingerprint, info, metrics);
            return Publish(staging, fingerprint, new CacheEntry(fingerprint, staging, manifest, metrics));
        });
    }

    /// <summary>Returns the verified entry for <paramref name="fingerprint"/>, or null on a miss.</summary>
    /// <remarks>A hit records the last-used time that <see cref="GarbageCollect"/> orders by.</remarks>
    public CacheEntry? TryGet(string fingerprint)
    {
        if (!TrialFingerprint.IsWellFormed(fingerprint))
        {
            return null;
        }

        var entry = ReadOrSetAside(_layout.EntryDirectory(fingerprint), fingerprint, out var problem);
        if (problem is not null)
        {
            _report(problem);
        }

        if (entry is not null)
        {
            _layout.MarkUsed(fingerprint, _time.GetUtcNow());
        }

        return entry;
    }

    /// <summary>Lists the entries, reading manifests but not hashing files.</summary>
    public IReadOnlyList<CacheEntrySummary> List() => _layout.EntryDirectories()
        .Select(directory => Summarize(directory, Path.GetFileName(directory)))
        .OrderBy(summary => summary.Fingerprint, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Checks every entry in full; entries that fail are set aside and reported.</summary>
    public CacheVerification Verify()
    {
        var directories = _layout.EntryDirectories().ToArray();
        var problems = new List<Diagnostic>();
        foreach (var directory in directories)
        {
            ReadOrSetAside(directory, Path.GetFileName(directory), out var problem);
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return new CacheVerification(directories.Length, problems);
    }

    /// <summary>
    /// Removes stale staging folders, corrupt entries and, as the options ask, entries unused for
    /// too long or beyond a size budget (least recently used first).
    /// </summary>
    public CacheCollectionResult GarbageCollect(CacheCollectionOptions options) =>
        new CacheGarbageCollector(_layout, _time.GetUtcNow(), options).Run(Verify);

    private string ValidateCommit(string stagingDirectory, string fingerprint, CacheManifestInfo info)
    {
        if (!TrialFingerprint.IsWellFormed(fingerprint))
        {
            throw new ArgumentException(
                $"Fingerprint '{fingerprint}' must be 64 lowercase hex digits.", nameof(fingerprint));
        }

        var staging = Path.GetFullPath(stagingDirectory);
        if (Path.GetDirectoryName(staging) != _layout.Staging || !Directory.Exists(staging))
        {
            throw new ArgumentException(
                $"Folder '{staging}' is not a staging folder of this cache; get one from BeginEntry.",
                nameof(stagingDirectory));
        }

        if (!File.Exists(Path.Combine(staging, info.ModelFileName)))
        {
            throw new ArgumentException(
                $"Model file '{info.ModelFileName}' is not in '{staging}'; the trainer must write it first.",
                nameof(info));
        }

        return staging;
    }

    private CacheManifest WriteContent(
        string staging,
        string fingerprint,
        CacheManifestInfo info,
        CachedMetrics metrics)
    {
        File.WriteAllText(
            Path.Combine(staging, CacheLayout.MetricsFileName),
            JsonSerializer.Serialize(metrics, CacheLayout.JsonOptions));
        var manifest = new CacheManifest
        {
            FormatVersion = CacheManifest.CurrentFormatVersion,
            Fingerprint = fingerprint,
            Inputs = JsonDocument.Parse(info.FingerprintInputs).RootElement.Clone(),
            Parameters = info.Parameters,
            Trainer = info.Trainer,
            ToolVersion = info.ToolVersion,
            ModelFile = info.ModelFileName.Replace('\\', '/'),
            CreatedAt = _time.GetUtcNow(),
            Files = DescribeFiles(staging),
        };

        // Written last: a folder without a manifest is an unfinished entry.
        File.WriteAllText(
            Path.Combine(staging, CacheLayout.ManifestFileName),
            JsonSerializer.Serialize(manifest, CacheLayout.JsonOptions));
        return manifest;
    }

    private static CacheFileRecord[] DescribeFiles(string staging) => Directory
        .EnumerateFiles(staging, "*", SearchOption.AllDirectories)
        .Select(path => (Full: path, Relative: Path.GetRelativePath(staging, path).Replace('\\', '/')))
        .Where(file => file.Relative != CacheLayout.ManifestFileName)
        .OrderBy(file => file.Relative, StringComparer.Ordinal)
        .Select(file => new CacheFileRecord(
            file.Relative,
            new FileInfo(file.Full).Length,
            CacheLayout.HashFile(file.Full)))
        .ToArray();

    private CacheEntry Publish(string staging, string fingerprint, CacheEntry ours)
    {
        var target = _layout.EntryDirectory(fingerprint);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (TryMove(staging, target))
            {
                _layout.MarkUsed(fingerprint, _time.GetUtcNow());
                return ours with { Directory = target };
            }

            // Another writer won the race; trust its entry only after checking it.
            var theirs = TryGet(fingerprint);
            if (theirs is not null)
            {
                Directory.Delete(staging, recursive: true);
                return theirs;
            }
        }

        throw new IOException($"Could not move '{staging}' to '{target}': the folder keeps reappearing.");
    }

    private static bool TryMove(string source, string target)
    {
        if (Directory.Exists(target))
        {
            return false;
        }

        try
        {
            Directory.Move(source, target);
            return true;
        }
        catch (IOException) when (Directory.Exists(target))
        {
            return false;
        }
    }

    private CacheEntry? ReadOrSetAside(string directory, string fingerprint, out Diagnostic? problem)
    {
        problem = null;
        if (!Directory.Exists(directory))
        {
            return null;
        }

        var entry = CacheEntryReader.Read(directory, fingerprint, checkHashes: true, out var reason);
        if (entry is null)
        {
            problem = Messages.Cache_EntryCorrupt(directory, reason!, SetAside(directory, fingerprint));
        }

        return entry;
    }

    private string? SetAside(string directory, string fingerprint)
    {
        var destination = Path.Combine(_layout.Corrupt, $"{fingerprint}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(_layout.Corrupt);
            Directory.Move(directory, destination);
            return destination;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Another reader may have moved it first; either way it is no longer served.
            _layout.Remove(directory);
            return null;
        }
    }

    private CacheEntrySummary Summarize(string directory, string fingerprint)
    {
        var manifest = CacheEntryReader.TryReadManifest(directory);
        return new CacheEntrySummary(
            fingerprint,
            directory,
            CacheLayout.SizeOnDisk(directory),
            manifest?.CreatedAt,
            _layout.LastUsed(fingerprint));
    }

    private static T GuardWrite<T>(string path, Func<T> write)
    {
        try
        {
            return write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TrainTasksException(Messages.Cache_WriteFailed(path, exception.Message), exception);
        }
    }
}
