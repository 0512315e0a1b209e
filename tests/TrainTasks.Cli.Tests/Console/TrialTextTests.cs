using TrainTasks.Cli.Console;
using TrainTasks.Core.Trials;

namespace TrainTasks.Cli.Tests.Console;

public sealed class TrialTextTests
{
    [Theory]
    [InlineData(null, null, "")]
    [InlineData(TrialOriginKind.Strategy, null, "")]
    [InlineData(TrialOriginKind.Startup, null, " (start-up)")]
    [InlineData(TrialOriginKind.Fallback, "every proposal was tried", " (at random because every proposal was tried)")]
    public void Origin_EachKind_SaysHowTheTrialWasProposed(TrialOriginKind? kind, string? reason, string expected)
    {
        var trial = new Trial
        {
            Number = 3,
            State = TrialState.Running,
            Parameters = TrialParameters.Empty,
            Fingerprint = "fp",
            Origin = kind is { } known ? new TrialOrigin(known, reason) : null,
        };

        var text = TrialText.Origin(trial);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Outcome_FailedWithASentence_DropsItsFullStopBeforeWhatFollows()
    {
        var trial = new Trial
        {
            Number = 2,
            State = TrialState.Failed,
            Parameters = TrialParameters.Empty,
            Fingerprint = "fp",
            FailureReason = "TT4056: the model has no layer 2; add hidden layers.",
        };

        var text = TrialText.Outcome(trial);

        Assert.Equal("failed: TT4056: the model has no layer 2; add hidden layers", text);
    }
}
