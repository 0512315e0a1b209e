using Microsoft.Data.Sqlite;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Storage;
using TrainTasks.Core.Trials;
using TrainTasks.TestKit;

namespace TrainTasks.Core.Tests.Storage;

/// <summary>Runs the storage contract against <see cref="SqliteStudyStorage"/>, plus its own cases.</summary>
public sealed class SqliteStudyStorageTests : StudyStorageTests
{
    // SHA-256 of "abc", standing for a fingerprint the first schema wrote.
    private const string VersionOneFingerprint = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    private readonly string _directory = TestPaths.NewTemporaryDirectory("traintasks-storage");

    private string DatabasePath => Path.Combine(_directory, "nested", "folder", "study.db");

    public override void Dispose()
    {
        Directory.Delete(_directory, recursive: true);
        base.Dispose();
    }

    protected override IStudyStorage OpenStorage() => new SqliteStudyStorage(DatabasePath, Clock);

    [Fact]
    public void Constructor_MissingFolder_CreatesDatabaseInWalMode()
    {
        using var storage = OpenStorage();

        var journalMode = Scalar("PRAGMA journal_mode;");

        Assert.True(File.Exists(DatabasePath));
        Assert.Equal("wal", journalMode);
    }

    [Fact]
    public void Constructor_NewerSchema_ThrowsTT3101NamingTheFile()
    {
        using (OpenStorage())
        {
            Scalar("UPDATE schema_version SET version = 99;");
        }

        var exception = Assert.Throws<TrainTasksException>(() => OpenStorage());

        Assert.Equal("TT3101", exception.Diagnostic.Code);
        Assert.Equal(DatabasePath, exception.Diagnostic.Location?.File);
        Assert.Contains("99", exception.Diagnostic.Message);
    }

    [Fact]
    public void Constructor_NotAnSqliteFile_ThrowsTT3102NamingTheFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        File.WriteAllText(DatabasePath, new string('x', 4096));

        var exception = Assert.Throws<TrainTasksException>(() => OpenStorage());

        Assert.Equal("TT3102", exception.Diagnostic.Code);
        Assert.StartsWith(DatabasePath + ": error TT3102: ", exception.Diagnostic.ToCanonicalString());
    }

    [Fact]
    public void Constructor_FolderIsAFile_ThrowsTT3103()
    {
        File.WriteAllText(Path.Combine(_directory, "nested"), "not a folder");

        var exception = Assert.Throws<TrainTasksException>(() => OpenStorage());

        Assert.Equal("TT3103", exception.Diagnostic.Code);
    }

    [Fact]
    public async Task StartTrial_TwoConnectionsAtOnce_NeverShareANumber()
    {
        using var setup = OpenStorage();
        var study = setup.OpenStudy("s", "k");
        const int perWriter = 15;

        var writers = Enumerable.Range(0, 2).Select(writer => Task.Run(() =>
        {
            using var storage = OpenStorage();
            return Enumerable.Range(0, perWriter)
                .Select(i => storage.StartTrial(study, Parameters(i), Fingerprint((writer * perWriter) + i)).Number)
                .ToArray();
        })).ToArray();
        var numbers = (await Task.WhenAll(writers)).SelectMany(n => n).Order().ToArray();

        Assert.Equal(Enumerable.Range(0, 2 * perWriter).ToArray(), numbers);
    }

    [Fact]
    public void Constructor_VersionOneFile_UpgradesItAndKeepsItsTrials()
    {
        WriteVersionOneFile();

        using var storage = OpenStorage();
        var study = storage.OpenStudy("s", "k");
        storage.StartTrial(study, Parameters(0.2), Fingerprint(1), TrialOrigin.Startup);
        var trials = storage.LoadTrials(study);

        Assert.Equal(2L, Scalar("SELECT version FROM schema_version;"));
        Assert.Equal([VersionOneFingerprint, Fingerprint(1)], trials.Select(trial => trial.Fingerprint));
        Assert.Equal([TrialState.Complete, TrialState.Running], trials.Select(trial => trial.State));
        Assert.Equal([null, TrialOrigin.Startup], trials.Select(trial => trial.Origin));
    }

    // The tables as the first released schema wrote them, with one finished trial.
    private void WriteVersionOneFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        Scalar($$"""
            CREATE TABLE schema_version (version INTEGER NOT NULL);
            INSERT INTO schema_version (version) VALUES (1);
            CREATE TABLE studies (id INTEGER PRIMARY KEY, name TEXT NOT NULL, study_key TEXT NOT NULL,
                created TEXT NOT NULL, UNIQUE (name, study_key));
            CREATE TABLE trials (study_id INTEGER NOT NULL REFERENCES studies (id), number INTEGER NOT NULL,
                state TEXT NOT NULL, params TEXT NOT NULL, fingerprint TEXT NOT NULL, value TEXT,
                metrics TEXT NOT NULL, failure_reason TEXT, from_cache INTEGER NOT NULL, started TEXT NOT NULL,
                finished TEXT, PRIMARY KEY (study_id, number));
            CREATE TABLE epochs (study_id INTEGER NOT NULL, trial_number INTEGER NOT NULL, epoch INTEGER NOT NULL,
                metrics TEXT NOT NULL, PRIMARY KEY (study_id, trial_number, epoch),
                FOREIGN KEY (study_id, trial_number) REFERENCES trials (study_id, number));
            INSERT INTO studies (id, name, study_key, created) VALUES (1, 's', 'k', '2024-05-06T07:08:09.0000000Z');
            INSERT INTO trials VALUES (1, 0, 'Complete', '{"learningRate":0.1}', '{{VersionOneFingerprint}}',
                '0.5', '{}', NULL, 0, '2024-05-06T07:08:09.0000000Z', '2024-05-06T07:09:09.0000000Z');
            """);
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
