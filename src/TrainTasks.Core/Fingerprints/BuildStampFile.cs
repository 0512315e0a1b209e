using System;
using System.IO;
using System.Security.Cryptography;

namespace TrainTasks.Core.Fingerprints;

/// <summary>
/// One file as a <see cref="BuildStamp"/> saw it. Inputs carry a content hash, so a file that was
/// only touched still counts as unchanged; outputs carry none.
/// </summary>
/// <remarks>Compiled into the MSBuild task assembly too: uses only the base class library.</remarks>
/// <param name="Path">Full path of the file.</param>
/// <param name="Size">Length in bytes.</param>
/// <param name="LastWriteTicks">Last-write time in UTC, in ticks.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the content; null for outputs.</param>
public sealed record BuildStampFile(string Path, long Size, long LastWriteTicks, string? Sha256 = null)
{
    /// <summary>Records an input file, with its content hash.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static BuildStampFile ForInput(string path)
    {
        var info = Describe(path);
        return new BuildStampFile(info.FullName, info.Length, info.LastWriteTimeUtc.Ticks, HashContent(info.FullName));
    }

    /// <summary>Records an output file, without hashing it.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static BuildStampFile ForOutput(string path)
    {
        var info = Describe(path);
        return new BuildStampFile(info.FullName, info.Length, info.LastWriteTimeUtc.Ticks);
    }

    /// <summary>Returns the lowercase hex SHA-256 of a file's content.</summary>
    public static string HashContent(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var sha = SHA256.Create();
        return Convert.ToHexString(sha.ComputeHash(stream)).ToLowerInvariant();
    }

    private static FileInfo Describe(string path)
    {
        var info = new FileInfo(System.IO.Path.GetFullPath(path));
        return info.Exists ? info : throw new FileNotFoundException($"File '{info.FullName}' does not exist.", path);
    }
}
