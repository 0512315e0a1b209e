using System.Security.Cryptography;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Torch.Native;

/// <summary>
/// Keeps patched copies of a native library under <c>&lt;root&gt;/&lt;sha256 of the original&gt;/</c>, so each
/// original is patched once per machine and the original and the NuGet cache are never written.
/// </summary>
public static class PatchedLibraryCache
{
    private const UnixFileMode LibraryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite
        | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    /// <summary>
    /// The default root: <c>$XDG_CACHE_HOME/traintasks/native</c>, else <c>~/.cache/traintasks/native</c>.
    /// </summary>
    public static string DefaultRoot()
    {
        var configured = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var cache = !string.IsNullOrEmpty(configured) && Path.IsPathRooted(configured)
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(cache, "traintasks", "native");
    }

    /// <summary>
    /// Returns the path of a copy of <paramref name="originalPath"/> with <paramref name="versionName"/> marked
    /// weak, writing it first when it is missing or differs. The copy is written to a temporary file and
    /// renamed into place, so two processes that race both end with a complete file.
    /// </summary>
    /// <param name="originalPath">The library to copy; never modified.</param>
    /// <param name="versionName">The version requirement to weaken.</param>
    /// <param name="root">The cache root, such as <see cref="DefaultRoot"/>.</param>
    /// <exception cref="TrainTasksException">TT4003 when the library cannot be patched, TT4004 when
    /// the cache cannot be written.</exception>
    public static string GetOrCreate(string originalPath, string versionName, string root)
    {
        var original = ReadOriginal(originalPath);
        var patched = Patch(originalPath, original, versionName);
        var folder = Path.Combine(root, Convert.ToHexStringLower(SHA256.HashData(original)));
        var target = Path.Combine(folder, Path.GetFileName(originalPath));
        if (File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(patched))
        {
            return target;
        }

        WriteAtomically(folder, target, patched);
        return target;
    }

    private static byte[] ReadOriginal(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TrainTasksException(Messages.Native_PatchFailed(path, exception.Message), exception);
        }
    }

    private static byte[] Patch(string path, byte[] original, string versionName)
    {
        try
        {
            return ElfVersionPatcher.MarkWeak(original, versionName);
        }
        catch (InvalidDataException exception)
        {
            throw new TrainTasksException(Messages.Native_PatchFailed(path, exception.Message), exception);
        }
    }

    private static void WriteAtomically(string folder, string target, byte[] content)
    {
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(temporary, content);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, LibraryMode);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            DeleteIfPresent(temporary);
            throw new TrainTasksException(Messages.Native_CacheNotWritable(folder, exception.Message), exception);
        }
    }

    private static void DeleteIfPresent(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
