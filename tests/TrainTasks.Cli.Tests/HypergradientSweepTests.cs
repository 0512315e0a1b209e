using System.Globalization;
using TrainTasks.TestKit;

namespace TrainTasks.Cli.Tests;

public sealed class HypergradientSweepTests
{
    private readonly string _directory = TestPaths.NewTemporaryDirectory();

    [Fact]
    public void Sweep_HypergradientAdaptation_RecordsTheRateInTheStudyAndTheReports()
    {
        var spec = SpecFiles.WriteDigitsSpec(_directory, text => text.Replace(
            "\"epochs\": 2 }",
            "\"epochs\": 2, \"learningRateAdaptation\": \"hypergradient\", \"hypergradientRate\": 0.05 }"));
        var cache = Path.Combine(_directory, "cache");
        var outputs = Path.Combine(_directory, "models", "digits");
        var sweep = ToolRun.Invoke("sweep", spec, "--cache-dir", cache, "--progress", "none");
        Assert.True(sweep.ExitCode == 0, sweep.Error);
        Directory.Delete(outputs, recursive: true);

        var report = ToolRun.Invoke("report", spec, "--cache-dir", cache);

        Assert.True(report.ExitCode == 0, report.Error);
        var rows = File.ReadAllLines(Path.Combine(outputs, "trials.csv")).Select(line => line.Split(',')).ToArray();
        var column = Array.IndexOf(rows[0], "learning_rate");
        Assert.True(column > 0, string.Join(",", rows[0]));
        Assert.Equal(4, rows.Length - 1);
        Assert.All(rows.Skip(1), row => Assert.InRange(Number(row[column]), 1e-8, 10));
        Assert.Contains(rows.Skip(1), row => Number(row[column]) is not (0.003 or 0.01));
        var curve = CurveRows(File.ReadAllLines(Path.Combine(outputs, "report.md")));
        Assert.Contains("learning_rate", curve[0]);
        Assert.Contains("learning_rate_mean", curve[0]);
        Assert.Equal(2, curve.Length - 2);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    // The header, the alignment row and one row per epoch of the report's learning curve table.
    private static string[] CurveRows(string[] lines) =>
        lines.SkipWhile(line => !line.StartsWith("## Learning curve", StringComparison.Ordinal))
            .Skip(2)
            .TakeWhile(line => line.StartsWith('|'))
            .ToArray();
}
