namespace TrainTasks.Core.Diagnostics;

/// <summary>Diagnostics of study storage (TT3100–TT3199).</summary>
public static partial class Messages
{
    /// <summary>TT3101: the study database was written by a newer TrainTasks.</summary>
    /// <param name="path">Full path of the database file.</param>
    /// <param name="found">The schema version stored in the file.</param>
    /// <param name="supported">The newest schema version this build understands.</param>
    public static Diagnostic Storage_SchemaTooNew(string path, long found, int supported) => Error(
        "TT3101",
        $"the study database has schema version {found}, but this TrainTasks understands only up to "
            + $"version {supported}; update TrainTasks, or point the storage option at another file.",
        new SourceLocation(path));

    /// <summary>TT3102: the study database file is not an SQLite database or is damaged.</summary>
    /// <param name="path">Full path of the database file.</param>
    /// <param name="detail">What SQLite said.</param>
    public static Diagnostic Storage_NotADatabase(string path, string detail) => Error(
        "TT3102",
        $"the study database is not a readable SQLite database ({detail}); move the file away or "
            + "delete it to start the study afresh (the artifact cache keeps trained models).",
        new SourceLocation(path));

    /// <summary>
    /// TT3102: a table or value of the study database is not what TrainTasks writes; the file was
    /// changed by hand or by another program.
    /// </summary>
    /// <param name="path">Full path of the database file.</param>
    /// <param name="place">
    /// The table and, where known, the trial and column (<c>table trials, trial 3, column value</c>).
    /// </param>
    /// <param name="expected">What TrainTasks writes there.</param>
    /// <param name="found">What the file holds, quoted when it is a stored value.</param>
    public static Diagnostic Storage_Damaged(string path, string place, string expected, string found) => Error(
        "TT3102",
        $"the study database is damaged at {place}: expected {expected}; found {found}. Move the file away "
            + "or delete it to start the study afresh (the artifact cache keeps trained models).",
        new SourceLocation(path));

    /// <summary>TT3103: the study database file or its folder cannot be opened or created.</summary>
    /// <param name="path">Full path of the database file.</param>
    /// <param name="detail">What the system said.</param>
    public static Diagnostic Storage_CannotOpen(string path, string detail) => Error(
        "TT3103",
        $"cannot open or create the study database ({detail}); check that the folder exists or can "
            + "be created and is writable, or point the storage option at another file.",
        new SourceLocation(path));

    /// <summary>TT3104: another process held the study database locked for longer than the timeout.</summary>
    /// <param name="path">Full path of the database file.</param>
    /// <param name="timeout">How long we waited.</param>
    public static Diagnostic Storage_Busy(string path, TimeSpan timeout) => Error(
        "TT3104",
        $"the study database stayed locked by another process for more than {timeout.TotalSeconds:0} s; "
            + "wait for the other sweep to finish, or give this sweep its own storage file.",
        new SourceLocation(path));
}
