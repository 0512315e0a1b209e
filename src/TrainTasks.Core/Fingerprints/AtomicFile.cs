namespace TrainTasks.Core.Fingerprints;

/// <summary>Replaces files so that a reader sees the old content or the new, never a part.</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> to a unique temporary file beside the target, then renames it.</summary>
    public static void WriteAllText(string path, string text)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
