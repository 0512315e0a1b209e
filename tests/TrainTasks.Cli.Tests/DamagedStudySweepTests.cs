using Microsoft.Data.Sqlite;
using TrainTasks.TestKit;

namespace TrainTasks.Cli.Tests;

public sealed class DamagedStudySweepTests : IDisposable
{
    private readonly string _directory = TestPaths.NewTemporaryDirectory();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("sweep")]
    [InlineData("report")]
    public void Command_StudyValueEditedByHand_ExitsWithTT3102AndLeavesTheFile(string command)
    {
        var spec = SpecFiles.WriteDigitsSpec(_directory);
        var cache = Path.Combine(_directory, "cache");
        var first = ToolRun.Invoke("sweep", spec, "--cache-dir", cache, "--progress", "none");
        Assert.True(first.ExitCode == 0, first.Error);
        var database = Path.Combine(_directory, ".traintasks", "digits.db");
        Execute(database, "update trials set value='abc' where number=1");
        var before = File.ReadAllBytes(database);

        var run = ToolRun.Invoke(command, spec, "--cache-dir", cache);

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith(
            $"{database}: error TT3102: the study database is damaged at table trials, trial 1, column value: "
                + "expected a number or NULL; found 'abc'.",
            run.Error);
        Assert.DoesNotContain("internal error", run.Error);
        Assert.Equal(before, File.ReadAllBytes(database));
    }

    private static void Execute(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
