using Microsoft.Data.Sqlite;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Storage;
using TrainTasks.TestKit;

namespace TrainTasks.Core.Tests.Storage;

/// <summary>Runs the storage contract against <see cref="SqliteStudyStorage"/>, plus its own cases.</summary>
public sealed class SqliteStudyStorageTests : StudyStorageTests
{
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
                .Select(i => storage.StartTrial(study, Parameters(i), $"fp-{writer}-{i}").Number)
                .ToArray();
        })).ToArray();
        var numbers = (await Task.WhenAll(writers)).SelectMany(n => n).Order().ToArray();

        Assert.Equal(Enumerable.Range(0, 2 * perWriter).ToArray(), numbers);
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
