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

    // The columns of each table at a schema version, as CreateTables and the upgrades leave them.
    private static readonly string[] s_studyColumns = ["id", "name", "study_key", "created"];
    private static readonly string[] s_epochColumns = ["study_id", "trial_number", "epoch", "metrics"];
    private static readonly string[] s_trialColumnsOfVersion1 =
    [
        "study_id", "number", "state", "params", "fingerprint", "value", "metrics", "failure_reason",
        "from_cache", "started", "finished",
    ];

    /// <summary>
    /// Creates the tables in an empty database, or checks that an existing one has a schema this
    /// build understands and upgrades an older one to <see cref="CurrentVersion"/>.
    /// </summary>
    /// <remarks>
    /// Everything runs in one transaction that is rolled back on any failure, so a file that
    /// fails a check is left exactly as it was.
    /// </remarks>
    /// <exception cref="TrainTasksException">TT3101 when the file has a newer schema.</exception>
    /// <exception cref="StoredDataException">
    /// The version row is missing beside study tables or is not a version ever written, or a
    /// table or column of the stated version is missing or one is there too many.
    /// </exception>
    public static void Ensure(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction();
        var tables = ReadTableNames(connection, transaction);
        var found = tables.Contains("schema_version") ? ReadVersion(connection, transaction) : null;
        if (found is null)
        {
            RequireNoStudyTables(tables);
            Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);");
            Execute(connection, transaction, CreateTables);
            Execute(connection, transaction, $"INSERT INTO schema_version (version) VALUES ({CurrentVersion});");
        }
        else if (found > CurrentVersion)
        {
            throw new TrainTasksException(Messages.Storage_SchemaTooNew(path, found.Value, CurrentVersion));
        }
        else
        {
            CheckTables(connection, transaction, tables, found.Value);
            Upgrade(connection, transaction, found.Value);
        }

        transaction.Commit();
    }

    private static void Upgrade(SqliteConnection connection, SqliteTransaction transaction, long found)
    {
        if (found == CurrentVersion)
        {
            return;
        }

        foreach (var (version, sql) in s_upgrades.Where(upgrade => upgrade.Version > found))
        {
            Execute(connection, transaction, sql);
        }

        Execute(connection, transaction, $"UPDATE schema_version SET version = {CurrentVersion};");
    }

    private static HashSet<string> ReadTableNames(SqliteConnection connection, SqliteTransaction transaction) =>
        ReadNames(connection, transaction, "SELECT name FROM sqlite_master WHERE type = 'table';", table: null)
            .ToHashSet(StringComparer.Ordinal);

    // Null when the table has no row: a new file, or one whose creation never committed.
    private static long? ReadVersion(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT MAX(version) FROM schema_version;";
        var stored = command.ExecuteScalar();
        return stored switch
        {
            null or DBNull => null,
            long version when version >= 1 => version,
            _ => throw new StoredDataException(
                "table schema_version, column version",
                $"a schema version from 1 to {CurrentVersion}",
                StoredRow.Describe(stored)),
        };
    }

    // The tables and the version row are written in one transaction, so study tables without a
    // version mean the version was removed: guessing it could upgrade a file twice.
    private static void RequireNoStudyTables(HashSet<string> tables)
    {
        if (ColumnsAt(CurrentVersion).Keys.Any(tables.Contains))
        {
            throw new StoredDataException(
                "table schema_version",
                "a row with the schema version, as the file holds study tables",
                tables.Contains("schema_version") ? "no row" : "no such table");
        }
    }

    private static void CheckTables(
        SqliteConnection connection,
        SqliteTransaction transaction,
        HashSet<string> tables,
        long version)
    {
        foreach (var (table, expected) in ColumnsAt(version))
        {
            if (!tables.Contains(table))
            {
                throw new StoredDataException(
                    $"table {table}", $"the table of schema version {version}", "no such table");
            }

            var columns = ReadColumnNames(connection, transaction, table);
            var missing = expected.Except(columns).ToArray();
            var extra = columns.Except(expected).ToArray();
            if (missing.Length > 0 || extra.Length > 0)
            {
                throw new StoredDataException(
                    $"table {table}", $"the columns of schema version {version}", DescribeColumns(missing, extra));
            }
        }
    }

    private static Dictionary<string, string[]> ColumnsAt(long version) => new(StringComparer.Ordinal)
    {
        ["studies"] = s_studyColumns,
        ["trials"] = version >= 2 ? [.. s_trialColumnsOfVersion1, "origin", "origin_reason"] : s_trialColumnsOfVersion1,
        ["epochs"] = s_epochColumns,
    };

    private static List<string> ReadColumnNames(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string table) =>
        ReadNames(connection, transaction, "SELECT name FROM pragma_table_info($table);", table);

    // The first column of every row of a query; $table takes the table's name when the query has it.
    private static List<string> ReadNames(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string sql,
        string? table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (table is not null)
        {
            command.Parameters.AddWithValue("$table", table);
        }

        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static string DescribeColumns(string[] missing, string[] extra)
    {
        var parts = new List<string>();
        if (missing.Length > 0)
        {
            parts.Add($"{(missing.Length == 1 ? "no column" : "no columns")} {string.Join(", ", missing)}");
        }

        if (extra.Length > 0)
        {
            parts.Add($"{(extra.Length == 1 ? "an extra column" : "extra columns")} {string.Join(", ", extra)}");
        }

        return string.Join(" and ", parts);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
