using System.Text;

namespace TrainTasks.Core.IO;

/// <summary>
/// Writes files so that a reader sees either the old content or the new, never a part: the
/// text goes to a temporary file beside the target, which is then renamed over it.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte order mark) to <paramref name="path"/>.</summary>
    public static void WriteAllText(string path, string text) =>
        Write(path, stream => stream.Write(new UTF8Encoding(false).GetBytes(text)));

    /// <summary>Copies <paramref name="source"/> to <paramref name="destination"/>.</summary>
    public static void Copy(string source, string destination) =>
        Write(destination, stream =>
        {
            using var input = File.OpenRead(source);
            input.CopyTo(stream);
        });

    /// <summary>
    /// Writes through <paramref name="write"/> into a temporary file, flushes it to disk, then renames it.
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
