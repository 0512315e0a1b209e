using TrainTasks.Core.IO;
using System.Security.Cryptography;
using System.Text.Json;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Core.Fingerprints;

/// <summary>
/// Gives the SHA-256 of a file's content, remembering it by full path, size and last-write time
/// in a small JSON memo file so that a large data file is read once, not on every run.
/// </summary>
/// <remarks>
/// A file whose size or last-write time changed is read again. A memo that is missing or not
/// readable is ignored and rewritten. The memo is replaced atomically, so two processes sharing
/// it lose at most each other's newest entries, never the file. Not thread-safe.
/// Limitation: a change that keeps both size and last-write time (a tool that restores the time
/// stamp) is not seen; delete the memo file to force a re-read.
/// </remarks>
public sealed class FileContentHasher
{
    private readonly string? _memoPath;
    private readonly Dictionary<string, FileHashMemoEntry> _memo;

    /// <summary>Makes a hasher that remembers hashes in <paramref name="memoPath"/>.</summary>
    /// <param name="memoPath">The memo file, such as <c>&lt;cache&gt;/file-hashes.json</c>; null to keep none.</param>
    public FileContentHasher(string? memoPath)
    {
        _memoPath = memoPath is null ? null : Path.GetFullPath(memoPath);
        _memo = LoadMemo(_memoPath);
    }

    /// <summary>How many files were read in full by this instance (for logs and tests).</summary>
    public int FilesRead { get; private set; }

    /// <summary>Returns the lowercase hex SHA-256 of the file's content.</summary>
    /// <param name="path">The file; relative paths resolve against the current folder.</param>
    /// <exception cref="TrainTasksException">TT5003 when the file cannot be read.</exception>
    public string Hash(string path)
    {
        var fullPath = Path.GetFullPath(path);
        try
        {
            var info = new FileInfo(fullPath);
            var size = info.Length;
            var ticks = info.LastWriteTimeUtc.Ticks;
            if (_memo.TryGetValue(fullPath, out var known) && known.Size == size && known.LastWriteTicks == ticks)
            {
                return known.Sha256;
            }

            var hash = HashContent(fullPath);
            _memo[fullPath] = new FileHashMemoEntry(size, ticks, hash);
            SaveMemo();
            return hash;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TrainTasksException(
                Messages.Fingerprint_DataFileUnreadable(fullPath, exception.Message),
                exception);
        }
    }

    private string HashContent(string fullPath)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        FilesRead++;
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static Dictionary<string, FileHashMemoEntry> LoadMemo(string? memoPath)
    {
        try
        {
            if (memoPath is not null && File.Exists(memoPath))
            {
                var loaded = JsonSerializer.Deserialize<Dictionary<string, FileHashMemoEntry>>(
                    File.ReadAllText(memoPath),
                    MetricsJson.Options);
                return new Dictionary<string, FileHashMemoEntry>(loaded ?? [], StringComparer.Ordinal);
            }
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            // A damaged memo only costs re-reading the files once; it is rewritten on the next save.
        }

        return new Dictionary<string, FileHashMemoEntry>(StringComparer.Ordinal);
    }

    private void SaveMemo()
    {
        if (_memoPath is null)
        {
            return;
        }

        try
        {
            AtomicFile.WriteAllText(_memoPath, JsonSerializer.Serialize(_memo, MetricsJson.Options));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The memo is an optimisation: failing to write it costs a re-read next run, not a wrong hash.
        }
    }
}
