using Microsoft.Data.Sqlite;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Core.Storage;

/// <summary>Creates the study tables and checks the schema version of an SQLite study database.</summary>
internal static class SqliteSchema
{
    /// <summary>The schema version this build writes; raise it with every change to the tables.</summary>
    /// <remarks>Version 2 added the trials' <c>origin</c> and <c>origin_reason</c> columns.</remarks>
    public const int CurrentVersion = 2;

    // Each step lifts a file from the version before it to its own; run in order, in the
    // transaction that checks the version, so a file is never left half upgraded.
    private static readonly (int Version, string Sql)[] s_upgrades =
    [
        (2, "ALTER TABLE trials ADD COLUMN origin TEXT; ALTER TABLE trials ADD COLUMN origin_reason TEXT;"),
    ];

    private const string CreateTables = """
        CREATE TABLE studies (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            study_key TEXT NOT NULL,
            created TEXT NOT NULL,
            UNIQUE (name, study_key));
        CREATE TABLE trials (
            study_id INTEGER NOT NULL REFERENCES studies (id),
            number INTEGER NOT NULL,
            state TEXT NOT NULL,
            params TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            value TEXT,
            metrics TEXT NOT NULL,
            failure_reason TEXT,
            from_cache INTEGER NOT NULL,
            started TEXT NOT NULL,
            finished TEXT,
            origin TEXT,
            origin_reason TEXT,
            PRIMARY KEY (study_id, number));
        CREATE TABLE epochs (
            study_id INTEGER NOT NULL,
            trial_number INTEGER NOT NULL,
            epoch INTEGER NOT NULL,
            metrics TEXT NOT NULL,
            PRIMARY KEY (study_id, trial_number, epoch),
            FOREIGN KEY (study_id, trial_number) REFERENCES trials (study_id, number));
        """;

    /// <summary>
    /// Creates the tables in an empty database, or checks that an existing one has a schema this
    /// build understands and upgrades an older one to <see cref="CurrentVersion"/>.
    /// </summary>
    /// <exception cref="TrainTasksException">TT3101 when the file has a newer schema.</exception>
    public static void Ensure(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);");
        var found = ReadVersion(connection, transaction);
        if (found is null)
        {
            Execute(connection, transaction, CreateTables);
            Execute(connection, transaction, $"INSERT INTO schema_version (version) VALUES ({CurrentVersion});");
        }
        else if (found > CurrentVersion)
        {
            throw new TrainTasksException(Messages.Storage_SchemaTooNew(path, found.Value, CurrentVersion));
        }
        else if (found < CurrentVersion)
        {
            Upgrade(connection, transaction, found.Value);
        }

        transaction.Commit();
    }

    private static void Upgrade(SqliteConnection connection, SqliteTransaction transaction, long found)
    {
        foreach (var (version, sql) in s_upgrades.Where(upgrade => upgrade.Version > found))
        {
            Execute(connection, transaction, sql);
        }

        Execute(connection, transaction, $"UPDATE schema_version SET version = {CurrentVersion};");
    }

    private static long? ReadVersion(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT MAX(version) FROM schema_version;";
        return command.ExecuteScalar() is long version ? version : null;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
