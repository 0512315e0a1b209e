using TrainTasks.Core.Diagnostics;
using TrainTasks.TestKit;

namespace TrainTasks.Cli.Tests;

/// <summary>
/// Per-layer penalties through <c>dotnet train sweep</c>: one no model of the spec has stops at the
/// spec check; one only some depths have fails their trials, and the sweep finishes the others.
/// </summary>
public sealed class LayerPenaltySweepTests
{
    private const string Hidden = "\"hidden\": { \"type\": \"categorical\", \"choices\": [[16], [32]] }";

    private readonly string _directory = TestPaths.NewTemporaryDirectory();

    [Fact]
    public void Sweep_PenaltyOfALayerNoModelHas_ExitsWithBadInputAndChangesNothing()
    {
        var spec = SpecFiles.WriteDigitsSpec(
            _directory,
            text => text.Replace("\"epochs\": 2", "\"epochs\": 2, \"l2.7\": 0.1"));
        var cache = Path.Combine(_directory, "cache");

        var run = ToolRun.Invoke("sweep", spec, "--cache-dir", cache);

        Assert.Equal((int)ExitCode.BadInput, run.ExitCode);
        var line = SpecFiles.LineOf(spec, "\"l2.7\"");
        Assert.Matches(
            $@"digits\.sweep\.json\({line},\d+\): error TT1048: \$\.training\['l2\.7'\]: 'l2\.7' = 0\.1",
            run.Error);
        Assert.False(Directory.Exists(cache));
        Assert.False(Directory.Exists(Path.Combine(_directory, ".traintasks")));
    }

    [Fact]
    public void Sweep_PenaltyOfALayerOnlySomeDepthsHave_FailsThoseTrialsWithTT4056AndFinishesTheOthers()
    {
        var spec = SpecFiles.WriteDigitsSpec(_directory, text => text.Replace(
            Hidden,
            "\"hidden\": { \"type\": \"categorical\", \"choices\": [[16], [16, 8]] },\n"
                + "    \"l2.2\": { \"type\": \"categorical\", \"choices\": [0.001] }"));
        var cache = Path.Combine(_directory, "cache");

        var first = ToolRun.Invoke("sweep", spec, "--cache-dir", cache, "--progress", "none");
        var again = ToolRun.Invoke("sweep", spec, "--cache-dir", cache, "--progress", "none");

        Assert.True(first.ExitCode == (int)ExitCode.Success, first.Error);
        Assert.Contains("warning TT1049: $.space['l2.2']", first.Error);
        var rows = File.ReadAllLines(Path.Combine(_directory, "models", "digits", "trials.csv"));
        Assert.Equal(4, rows.Length - 1);
        Assert.Equal(2, rows.Count(row => row.Contains(",failed,", StringComparison.Ordinal)
            && row.Contains("TT4056: parameter 'l2.2'", StringComparison.Ordinal)
            && row.Contains("[16]", StringComparison.Ordinal)));
        Assert.Equal(2, rows.Count(row => row.Contains(",complete,", StringComparison.Ordinal)));
        Assert.DoesNotContain(rows, row => row.Contains("interrupted", StringComparison.Ordinal));
        Assert.True(again.ExitCode == (int)ExitCode.Success, again.Error);
        Assert.Equal(rows, File.ReadAllLines(Path.Combine(_directory, "models", "digits", "trials.csv")));
    }
}
