using Snapshooter.Xunit;
using TrainTasks.Core.Reports;

namespace TrainTasks.Core.Tests.Reports;

public sealed class MarkdownReportWriterTests
{
    [Fact]
    public void Write_FourTrials_MatchesApprovedReport()
    {
        var summary = ReportFixtures.Summary();

        var markdown = MarkdownReportWriter.Write(summary);

        Snapshot.Match(markdown);
    }

    [Fact]
    public void Write_FourTrials_ListsOverfittingGapOfTheBest()
    {
        var summary = ReportFixtures.Summary();

        var bestRow = MarkdownReportWriter.Write(summary).Split('\n').First(line => line.StartsWith("| 1 |"));

        Assert.EndsWith("| 101 | 1.5 | 0.0900 |", bestRow);
    }

    [Fact]
    public void Write_TpeWithStartupTrials_SaysHowManyTrialsWereRandom()
    {
        var summary = ReportFixtures.Summary() with
        {
            Spec = ReportFixtures.Spec() with
            {
                Strategy = "tpe",
                StrategyOptions = new Dictionary<string, double> { ["startupTrials"] = 3 },
            },
        };

        var markdown = MarkdownReportWriter.Write(summary);

        Assert.Contains("proposes at random until 3 trials have completed", markdown);
    }

    [Fact]
    public void Write_GpWithoutOptions_SaysTheDefaultStartup()
    {
        var summary = ReportFixtures.Summary() with { Spec = ReportFixtures.Spec() with { Strategy = "gp" } };

        var markdown = MarkdownReportWriter.Write(summary);

        Assert.Contains("proposes at random until 10 trials have completed", markdown);
    }
}
