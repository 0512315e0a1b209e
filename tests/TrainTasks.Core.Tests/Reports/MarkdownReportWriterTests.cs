using Snapshooter.Xunit;
using TrainTasks.Core.Reports;
using TrainTasks.Core.Trials;

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
    public void Write_TpeWithRecordedOrigins_CountsStartupAndFallbackTrials()
    {
        var summary = TpeSummary(TrialOrigin.Startup, TrialOrigin.Startup, Repeats, TrialOrigin.Strategy);

        var markdown = MarkdownReportWriter.Write(summary);

        Assert.Contains(
            "Strategy `tpe` proposed 2 trials at random during its start-up (until 2 trials have completed) "
            + "and 1 trial at random after it; its model chose 1 trial.",
            markdown);
        Assert.Contains($"- 1 trial (2) at random because {Repeats.Reason}.", markdown);
    }

    [Fact]
    public void Write_SobolStartupOfOneTrial_SaysSobolAndTheOptionsInSingular()
    {
        var summary = TpeSummary(TrialOrigin.Startup, TrialOrigin.Strategy, TrialOrigin.Strategy, TrialOrigin.Strategy);
        summary = summary with
        {
            Spec = summary.Spec with
            {
                StrategyOptions = new Dictionary<string, double> { ["startupTrials"] = 1, ["sobolStartup"] = 1 },
            },
        };

        var markdown = MarkdownReportWriter.Write(summary);

        Assert.Contains("strategy `tpe` (sobolStartup true, startupTrials 1) · seed", markdown);
        Assert.Contains(
            "Strategy `tpe` proposed 1 trial from the scrambled Sobol sequence during its start-up "
            + "(until 1 trial has completed) and 0 trials at random after it; its model chose 3 trials.",
            markdown);
    }

    [Fact]
    public void Write_FallbacksForTwoReasons_ListsEachReasonWithItsTrials()
    {
        var other = TrialOrigin.Fallback("the study already held as many configurations as the space");
        var summary = TpeSummary(TrialOrigin.Startup, Repeats, other, Repeats);

        var markdown = MarkdownReportWriter.Write(summary);

        Assert.Contains($"- 2 trials (1, 3) at random because {Repeats.Reason}.", markdown);
        Assert.Contains($"- 1 trial (2) at random because {other.Reason}.", markdown);
    }

    [Fact]
    public void Write_TpeWithFallback_MatchesApprovedReport()
    {
        var summary = TpeSummary(TrialOrigin.Startup, TrialOrigin.Startup, Repeats, TrialOrigin.Strategy);

        var markdown = MarkdownReportWriter.Write(summary);

        Snapshot.Match(markdown);
    }

    [Fact]
    public void Write_NoTrialWithOrigin_GivesTheRuleOnly()
    {
        var summary = ReportFixtures.Summary() with { Spec = ReportFixtures.Spec() with { Strategy = "gp" } };

        var markdown = MarkdownReportWriter.Write(summary);

        Assert.Contains("Strategy `gp` proposes at random until 10 trials have completed; the trials", markdown);
        Assert.DoesNotContain("proposed", markdown);
    }

    [Fact]
    public void Write_SomeTrialsWithoutOrigin_CountsTheOthersAndSaysSo()
    {
        var summary = TpeSummary(null, null, TrialOrigin.Startup, TrialOrigin.Strategy);

        var markdown = MarkdownReportWriter.Write(summary);

        Assert.Contains("proposed 1 trial at random during its start-up", markdown);
        Assert.Contains("2 trials of the study were stored before origins were recorded and are not counted", markdown);
    }

    [Fact]
    public void Write_RandomStrategy_SaysNothingAboutRandomProposals()
    {
        var summary = ReportFixtures.Summary();

        var markdown = MarkdownReportWriter.Write(summary);

        Assert.DoesNotContain("at random", markdown);
    }

    private static TrialOrigin Repeats { get; } =
        TrialOrigin.Fallback("each of the 5 model proposals repeated a configuration already tried");

    private static SweepSummary TpeSummary(params TrialOrigin?[] origins) => ReportFixtures.Summary() with
    {
        Spec = ReportFixtures.Spec() with
        {
            Strategy = "tpe",
            StrategyOptions = new Dictionary<string, double> { ["startupTrials"] = 2 },
        },
        Trials = ReportFixtures.Trials().Select((trial, index) => trial with { Origin = origins[index] }).ToArray(),
    };
}
