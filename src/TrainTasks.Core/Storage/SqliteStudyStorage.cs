using Microsoft.Data.Sqlite;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Fingerprints;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Storage;

/// <summary>
/// Keeps studies in one SQLite file: the embedded default for one machine. The file and its
/// folder are created when missing; the journal is WAL, so readers do not block the writer.
/// </summary>
/// <remarks>
/// Every change runs in its own immediate transaction and is durable when the method returns.
/// Several processes may share one file: trial numbers are allocated inside the transaction
/// that inserts the trial, so two processes never get the same number. A process that finds
/// the file locked waits up to <see cref="BusyTimeout"/>, then fails with TT3104. Values and
/// metrics are stored as round-trip text, so every double (NaN and <c>-0</c> included) reads
/// back bit for bit; times are ISO 8601 text in UTC. A file of an older schema is upgraded in
/// place when opened (see <c>SqliteSchema</c>); its earlier trials keep no origin. Opening
/// checks the tables against the stored schema version, and reading checks every value against
/// the form written here, so a file changed by hand stops with TT3102 naming the table, trial and
/// column, before anything is written.
/// </remarks>
public sealed class SqliteStudyStorage : IStudyStorage
{
    /// <summary>How long a call waits for another process's lock before failing with TT3104.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;

    /// <summary>Opens the database at <paramref name="path"/>, creating the file and folder if missing.</summary>
    /// <param name="path">The database file; relative paths resolve against the current folder.</param>
    /// <param name="timeProvider">The clock for start and finish times; the system clock by default.</param>
    /// <exception cref="TrainTasksException">
    /// TT3101 (newer schema), TT3102 (not an SQLite file, or its tables do not match its schema
    /// version), TT3103 (cannot open) or TT3104 (locked).
    /// </exception>
    public SqliteStudyStorage(string path, TimeProvider? timeProvider = null)
    {
        DatabasePath = Path.GetFullPath(path);
        _time = timeProvider ?? TimeProvider.System;
        _connection = Guard(Open);
    }

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <inheritdoc />
    public long OpenStudy(string name, string studyKey) => Guard(() =>
    {
        using var transaction = _connection.BeginTransaction();
        Run(transaction, "INSERT OR IGNORE INTO studies (name, study_key, created) VALUES ($name, $key, $created);",
            ("$name", name), ("$key", studyKey), ("$created", StoredText.FormatTime(_time.GetUtcNow())));
        var id = (long)Scalar(transaction, "SELECT id FROM studies WHERE name = $name AND study_key = $key;",
            ("$name", name), ("$key", studyKey))!;
        transaction.Commit();
        return id;
    });

    /// <inheritdoc />
    /// <exception cref="TrainTasksException">
    /// TT3102 when a stored value is not in the form written here, or a complete trial has no
    /// finite value.
    /// </exception>
    public IReadOnlyList<Trial> LoadTrials(long studyId) => Guard(() =>
    {
        using var transaction = _connection.BeginTransaction(deferred: true);
        var trials = ReadTrials(transaction, studyId);
        transaction.Commit();
        return trials;
    });

    /// <inheritdoc />
    /// <exception cref="TrainTasksException">
    /// TT3102 as for <see cref="LoadTrials"/>; no trial is changed then.
    /// </exception>
    public int FailInterruptedTrials(long studyId, string reason) => Guard(() =>
    {
        using var transaction = _connection.BeginTransaction();
        // Read first, so a damaged study stops before this first write of a sweep.
        ReadTrials(transaction, studyId);
        var count = Run(
            transaction,
            "UPDATE trials SET state = $failed, failure_reason = $reason, finished = $now "
                + "WHERE study_id = $study AND state = $running;",
            ("$failed", nameof(TrialState.Failed)),
            ("$reason", reason),
            ("$now", StoredText.FormatTime(_time.GetUtcNow())),
            ("$study", studyId),
            ("$running", nameof(TrialState.Running)));
        transaction.Commit();
        return count;
    });

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="fingerprint"/> is not 64 lowercase hex digits.</exception>
    public Trial StartTrial(
        long studyId,
        TrialParameters parameters,
        string fingerprint,
        TrialOrigin? origin = null) => Guard(() =>
    {
        StorageArguments.CheckFingerprint(fingerprint);
        var trial = new Trial
        {
            Number = 0,
            State = TrialState.Running,
            Parameters = parameters,
            Fingerprint = fingerprint,
            Origin = origin,
            StartedAt = _time.GetUtcNow(),
        };
        using var transaction = _connection.BeginTransaction();
        var number = Convert.ToInt32(Scalar(
            transaction,
            "SELECT COALESCE(MAX(number) + 1, 0) FROM trials WHERE study_id = $study;",
            ("$study", studyId)));
        InsertTrial(transaction, studyId, trial with { Number = number });
        transaction.Commit();
        return trial with { Number = number };
    });

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The trial does not exist or is not running.</exception>
    public void ReportEpoch(long studyId, int trialNumber, EpochRecord epoch) => Guard(() =>
    {
        using var transaction = _connection.BeginTransaction();
        RequireRunning(transaction, studyId, trialNumber);
        WriteEpoch(transaction, studyId, trialNumber, epoch);
        transaction.Commit();
        return 0;
    });

    /// <inheritdoc />
    /// <remarks>
    /// The epochs in <paramref name="finished"/> are stored too (replacing reported ones with the
    /// same number), so a trial filled from the cache keeps its learning curve.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// <paramref name="finished"/> is still running, or is Complete without a finite value.
    /// </exception>
    /// <exception cref="InvalidOperationException">The trial does not exist or is not running.</exception>
    public void FinishTrial(long studyId, Trial finished)
    {
        StorageArguments.CheckFinished(finished);

        Guard(() => UpdateFinished(studyId, finished));
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private SqliteConnection Open()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            Pragma(connection, $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};");
            Pragma(connection, "PRAGMA journal_mode = WAL;");
            Pragma(connection, "PRAGMA foreign_keys = ON;");
            SqliteSchema.Ensure(connection, DatabasePath);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private IReadOnlyList<Trial> ReadTrials(SqliteTransaction transaction, long studyId)
    {
        var epochs = SqliteTrialReader.ReadEpochs(Command(
            transaction,
            "SELECT trial_number, epoch, metrics FROM epochs WHERE study_id = $study ORDER BY trial_number, epoch;",
            ("$study", studyId)));
        return SqliteTrialReader.ReadTrials(
            Command(transaction, "SELECT * FROM trials WHERE study_id = $study ORDER BY number;", ("$study", studyId)),
            epochs);
    }

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private int UpdateFinished(long studyId, Trial finished)
    {
        using var transaction = _connection.BeginTransaction();
        RequireRunning(transaction, studyId, finished.Number);
        Run(
            transaction,
            "UPDATE trials SET state = $state, value = $value, metrics = $metrics, failure_reason = $reason, "
                + "from_cache = $cache, finished = $finished WHERE study_id = $study AND number = $number;",
            ("$state", finished.State.ToString()),
            ("$value", finished.Value is { } value ? StoredText.FormatDouble(value) : null),
            ("$metrics", MetricsJson.Write(finished.Metrics)),
            ("$reason", finished.FailureReason),
            ("$cache", finished.FromCache ? 1 : 0),
            ("$finished", StoredText.FormatTime(finished.FinishedAt ?? _time.GetUtcNow())),
            ("$study", studyId),
            ("$number", finished.Number));
        foreach (var epoch in finished.Epochs)
        {
            WriteEpoch(transaction, studyId, finished.Number, epoch);
        }

        transaction.Commit();
        return 0;
    }

    private void InsertTrial(SqliteTransaction transaction, long studyId, Trial trial) => Run(
        transaction,
        "INSERT INTO trials (study_id, number, state, params, fingerprint, metrics, from_cache, started, "
            + "origin, origin_reason) "
            + "VALUES ($study, $number, $state, $params, $fingerprint, '{}', 0, $started, $origin, $reason);",
        ("$study", studyId),
        ("$number", trial.Number),
        ("$state", trial.State.ToString()),
        ("$params", trial.Parameters.CanonicalJson),
        ("$fingerprint", trial.Fingerprint),
        ("$started", StoredText.FormatTime(trial.StartedAt)),
        ("$origin", trial.Origin?.KindText),
        ("$reason", trial.Origin?.Reason));

    private void RequireRunning(SqliteTransaction transaction, long studyId, int trialNumber)
    {
        var state = Scalar(
            transaction,
            "SELECT state FROM trials WHERE study_id = $study AND number = $number;",
            ("$study", studyId),
            ("$number", trialNumber)) as string;
        if (state != nameof(TrialState.Running))
        {
            throw new InvalidOperationException(
                $"Trial {trialNumber} of study {studyId} is {state ?? "missing"}; only a running trial can change.");
        }
    }

    private void WriteEpoch(SqliteTransaction transaction, long studyId, int trialNumber, EpochRecord epoch) => Run(
        transaction,
        "INSERT OR REPLACE INTO epochs (study_id, trial_number, epoch, metrics) "
            + "VALUES ($study, $number, $epoch, $metrics);",
        ("$study", studyId),
        ("$number", trialNumber),
        ("$epoch", epoch.Epoch),
        ("$metrics", MetricsJson.Write(epoch.Metrics)));

    private int Run(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    // Every command is disposed as soon as it has run: a statement left for the garbage collector
    // keeps SQLite from closing the file, and with it the write-ahead log, when the storage is disposed.
    private object? Scalar(
        SqliteTransaction transaction,
        string sql,
        params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        return command.ExecuteScalar();
    }

    private SqliteCommand Command(
        SqliteTransaction transaction,
        string sql,
        params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException exception) when (SqliteFailures.Translate(exception, DatabasePath) is { } diagnostic)
        {
            throw new TrainTasksException(diagnostic, exception);
        }
        catch (StoredDataException exception)
        {
            throw new TrainTasksException(
                Messages.Storage_Damaged(DatabasePath, exception.Place, exception.Expected, exception.Found),
                exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TrainTasksException(Messages.Storage_CannotOpen(DatabasePath, exception.Message), exception);
        }
    }
}
