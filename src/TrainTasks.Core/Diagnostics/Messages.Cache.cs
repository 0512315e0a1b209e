namespace TrainTasks.Core.Diagnostics;

/// <summary>Diagnostics of fingerprints and the artifact cache (TT5001–TT5099).</summary>
public static partial class Messages
{
    /// <summary>TT5001: a cache entry failed verification and was set aside; it counts as a miss.</summary>
    /// <param name="entryDirectory">The entry folder that failed.</param>
    /// <param name="reason">What was wrong, such as a file whose hash does not match the manifest.</param>
    /// <param name="movedTo">Where the entry was moved, or null when it was deleted.</param>
    public static Diagnostic Cache_EntryCorrupt(string entryDirectory, string reason, string? movedTo) => Warning(
        "TT5001",
        $"cache entry '{entryDirectory}' is not valid: {reason}. "
            + (movedTo is null ? "It was deleted" : $"It was moved to '{movedTo}'")
            + "; the trial trains again, which costs its training time. "
            + "Silence with -warnAsMessage:TT5001.",
        new SourceLocation(entryDirectory));

    /// <summary>TT5002: the artifact cache folder cannot be written.</summary>
    /// <param name="path">The cache folder or file that failed.</param>
    /// <param name="detail">What the system said.</param>
    public static Diagnostic Cache_WriteFailed(string path, string detail) => Error(
        "TT5002",
        $"cannot write to the artifact cache ({detail}); make the folder writable or choose another one "
            + "with --cache-dir or the TrainTasksCacheDir property.",
        new SourceLocation(path));

    /// <summary>TT5003: a data file named by the spec cannot be read for its fingerprint.</summary>
    /// <param name="path">Full path of the data file.</param>
    /// <param name="detail">What the system said.</param>
    public static Diagnostic Fingerprint_DataFileUnreadable(string path, string detail) => Error(
        "TT5003",
        $"cannot read the data file to fingerprint it ({detail}); check the path in the spec's data "
            + "section and the file's permissions.",
        new SourceLocation(path));
}
