using Microsoft.Data.Sqlite;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Core.Storage;

/// <summary>Turns the SQLite errors a user can cause or fix into coded diagnostics.</summary>
internal static class SqliteFailures
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IOError = 10;
    private const int Corrupt = 11;
    private const int CannotOpen = 14;
    private const int NotADatabase = 26;

    /// <summary>The diagnostic for <paramref name="exception"/>, or null when it is a bug of ours.</summary>
    public static Diagnostic? Translate(SqliteException exception, string path) =>
        (exception.SqliteErrorCode & 0xFF) switch
        {
            Corrupt or NotADatabase => Messages.Storage_NotADatabase(path, exception.Message),
            CannotOpen or ReadOnly or IOError => Messages.Storage_CannotOpen(path, exception.Message),
            Busy or Locked => Messages.Storage_Busy(path, SqliteStudyStorage.BusyTimeout),
            _ => null,
        };
}
