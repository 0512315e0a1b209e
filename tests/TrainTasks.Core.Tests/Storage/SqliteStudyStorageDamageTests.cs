using System.Globalization;
using Microsoft.Data.Sqlite;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Samplers;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Storage;
using TrainTasks.Core.Sweeps;
using TrainTasks.Core.Tests.Sweeps;
using TrainTasks.Core.Trials;
using TrainTasks.TestKit;

namespace TrainTasks.Core.Tests.Storage;

/// <summary>
/// A finished study file changed by hand, as a user could with the <c>sqlite3</c> shell: resuming
/// the sweep must stop with TT3102 naming the damaged place, train nothing and leave the file's
/// bytes as they were.
/// </summary>
public sealed class SqliteStudyStorageDamageTests : IDisposable
{
    private readonly string _directory = TestPaths.NewTemporaryDirectory("traintasks-damage");

    private string DatabasePath => Path.Combine(_directory, "study.db");

    private string CacheRoot => Path.Combine(_directory, "cache");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // The SQL statements, one per case, with {best} standing for the best trial's number.
    public static TheoryData<string, string> Damages => new()
    {
        { "update trials set params='{not json' where number=3", "table trials, trial 3, column params" },
        { "update trials set value='abc' where number=1", "table trials, trial 1, column value" },
        { "update trials set state='Bogus' where number=1", "table trials, trial 1, column state" },
        { "update trials set metrics='[1,2' where number=1", "table trials, trial 1, column metrics" },
        { "update trials set origin='weird' where number=1", "table trials, trial 1, column origin" },
        { "update trials set fingerprint='zz' where number={best}", "table trials, trial {best}, column fingerprint" },
        { "update schema_version set version=1", "table trials:" },
        { "drop table schema_version", "table schema_version:" },
        { "delete from schema_version", "table schema_version:" },
        { "drop table epochs", "table epochs:" },
        { "update trials set value='NaN' where number=1", "table trials, trial 1, column value" },
        { "update trials set value=NULL where number=1", "table trials, trial 1, column value" },
        { "update trials set value='Infinity' where number=2", "table trials, trial 2, column value" },
        { "update trials set started='yesterday' where number=0", "table trials, trial 0, column started" },
        { "update trials set from_cache=2 where number=0", "table trials, trial 0, column from_cache" },
        {
            "update epochs set metrics='nope' where trial_number=2 and epoch=1",
            "table epochs, trial 2, epoch 1, column metrics"
        },
        { "update schema_version set version=0", "table schema_version, column version" },
        { "alter table trials drop column origin_reason", "table trials:" },
        {
            "update trials set state='Running', params='{not json' where number=1",
            "table trials, trial 1, column params"
        },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void Run_DamagedStudyFile_ThrowsTT3102AtTheDamageAndLeavesTheFileAsItWas(string sql, string place)
    {
        var best = RunFinishedStudy().ToString(CultureInfo.InvariantCulture);
        Execute(sql.Replace("{best}", best));
        var before = File.ReadAllBytes(DatabasePath);
        var trainer = new FakeTrainer(_ => 0.5);

        var exception = Assert.Throws<TrainTasksException>(() => Resume(trainer));

        Assert.Equal("TT3102", exception.Diagnostic.Code);
        Assert.Equal(DatabasePath, exception.Diagnostic.Location?.File);
        Assert.Contains($"damaged at {place.Replace("{best}", best)}", exception.Diagnostic.Message);
        Assert.Contains("Move the file away", exception.Diagnostic.Message);
        Assert.Equal(0, trainer.TrainCalls);
        Assert.Equal(before, File.ReadAllBytes(DatabasePath));
        Assert.False(File.Exists(DatabasePath + "-wal"), "a write-ahead log was left behind");
    }

    [Fact]
    public void Run_CompleteTrialWithNullValue_QuotesWhatWasExpectedAndFound()
    {
        RunFinishedStudy();
        Execute("update trials set value=NULL where number=1");

        var exception = Assert.Throws<TrainTasksException>(() => Resume(new FakeTrainer(_ => 0.5)));

        Assert.Contains(
            "column value: expected a finite number, as the trial is Complete; found NULL.",
            exception.Diagnostic.Message);
    }

    [Fact]
    public void Run_ParamsNotJson_QuotesTheStoredText()
    {
        RunFinishedStudy();
        Execute("update trials set params='{not json' where number=3");

        var exception = Assert.Throws<TrainTasksException>(() => Resume(new FakeTrainer(_ => 0.5)));

        Assert.Contains(
            "column params: expected a JSON object of parameter values; found '{not json'.",
            exception.Diagnostic.Message);
    }

    [Fact]
    public void Constructor_VersionRowSaysOneOverVersionTwoTables_NamesTheExtraColumns()
    {
        RunFinishedStudy();
        Execute("update schema_version set version=1");

        var exception = Assert.Throws<TrainTasksException>(() => new SqliteStudyStorage(DatabasePath));

        Assert.Contains(
            "table trials: expected the columns of schema version 1; found extra columns origin, origin_reason.",
            exception.Diagnostic.Message);
        Assert.Equal(1L, Scalar("select version from schema_version"));
    }

    [Fact]
    public void Run_UndamagedFinishedStudy_ReusesEveryTrialAndTrainsNothing()
    {
        RunFinishedStudy();
        var trainer = new FakeTrainer(_ => 0.5);

        var outcome = Resume(trainer);

        Assert.Equal(0, trainer.TrainCalls);
        Assert.Equal(4, outcome.Reused);
        Assert.Equal(0.4, outcome.Best!.Value);
    }

    // A grid over x = 1..4 whose value is x / 10, so the best trial is the one with x = 4.
    private int RunFinishedStudy()
    {
        using var storage = new SqliteStudyStorage(DatabasePath);
        var outcome = Runner(storage, new FakeTrainer(parameters => parameters["x"].AsInt64() / 10.0))
            .Run(CancellationToken.None);
        Assert.Equal(4, outcome.Trials.Count(trial => trial.State == TrialState.Complete));
        return outcome.Best!.Number;
    }

    private SweepOutcome Resume(FakeTrainer trainer)
    {
        using var storage = new SqliteStudyStorage(DatabasePath);
        return Runner(storage, trainer).Run(CancellationToken.None);
    }

    private SweepRunner Runner(IStudyStorage storage, FakeTrainer trainer) =>
        new(TestSweepContext.Create(Spec(), budget: 4, new GridSampler(seed: 3), storage, CacheRoot, trainer));

    private void Execute(string sql) => Scalar(sql);

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static SweepSpec Spec() => TestSweepContext.GridSpec("damage");
}
