using TrainTasks.Core.Samplers.Gradient;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Samplers.Gradient;

public sealed class GradientSamplerTests
{
    // (ln λ − ln 100)²: a quadratic in log space with its minimum at λ = 100. Its derivative in
    // λ's own units is 2 (ln λ − ln 100) / λ, which the sampler must turn back into log units.
    private static readonly double s_target = Math.Log(100);

    [Fact]
    public void Suggest_NoHistory_StartsAtTheFixedValue()
    {
        var history = new GradientHistory(Quadratic);

        var first = history.Step(Sampler(start: 1e-4));

        Assert.Equal(1e-4, GradientHistory.ValueOf(first));
    }

    [Theory]
    [InlineData(10.0, 1.0)]
    [InlineData(1e-9, 1e-6)]
    [InlineData(0.0, 1e-3)]
    [InlineData(-1.0, 1e-3)]
    public void Suggest_FixedValueOutsideTheLogRange_StartsClampedOrAtTheGeometricMiddle(double start, double expected)
    {
        var history = new GradientHistory(Quadratic, low: 1e-6, high: 1);

        var first = history.Step(Sampler(start));

        Assert.Equal(expected, GradientHistory.ValueOf(first), 1e-12);
    }

    [Fact]
    public void Suggest_NoFixedValue_StartsAtTheGeometricMiddle()
    {
        var space = new SearchSpace([new FloatParameter("l2", 1e-4, 1e2, Log: true)]);
        var sampler = new GradientSampler(new GradientOptions(), TrialParameters.Empty);

        var first = sampler.Suggest(space, []);

        Assert.Equal(0.1, GradientHistory.ValueOf(first), 1e-12);
    }

    [Fact]
    public void Suggest_QuadraticInLogSpace_FollowsAdamComputedByHandForTwoSteps()
    {
        var history = new GradientHistory(Quadratic);
        var sampler = Sampler(start: 1);

        history.Step(sampler);
        var second = history.Step(sampler);
        var third = history.Step(sampler);

        // Adam's first step is rate times the gradient's sign (m̂ = g, v̂ = g²), up to ε.
        var g1 = 2 * (0 - s_target);
        var u1 = 0 - (0.5 * g1 / (Math.Abs(g1) + 1e-8));
        Assert.Equal(Math.Exp(u1), GradientHistory.ValueOf(second), 1e-12);
        var g2 = 2 * (u1 - s_target);
        var m2 = (0.9 * 0.1 * g1) + (0.1 * g2);
        var v2 = (0.999 * 0.001 * g1 * g1) + (0.001 * g2 * g2);
        var u2 = u1 - (0.5 * (m2 / (1 - (0.9 * 0.9))) / (Math.Sqrt(v2 / (1 - (0.999 * 0.999))) + 1e-8));
        Assert.Equal(0.99768437, u2, 1e-8);
        Assert.Equal(u2, Math.Log(GradientHistory.ValueOf(third)), 1e-12);
    }

    [Fact]
    public void Suggest_LinearRange_StepsInTenthsOfTheRange()
    {
        // Loss (x − 0.9)² on [0, 0.5]: the derivative is negative, so the first step goes up by
        // rate tenths of the range: 0.5 × 0.05 = 0.025.
        var history = new GradientHistory(x => ((x - 0.9) * (x - 0.9), 2 * (x - 0.9)), low: 0, high: 0.5, log: false);
        var sampler = Sampler(start: 0.1);

        history.Step(sampler);
        var second = history.Step(sampler);

        Assert.Equal(0.125, GradientHistory.ValueOf(second), 1e-8);
    }

    [Fact]
    public void Suggest_SameHistory_GivesTheSamePoint()
    {
        var history = new GradientHistory(Quadratic);
        for (var i = 0; i < 5; i++)
        {
            history.Step(Sampler(start: 1));
        }

        var first = Sampler(start: 1).Suggest(history.Space, history.Trials);
        var second = Sampler(start: 1).Suggest(history.Space, history.Trials);

        Assert.Equal(first.Parameters, second.Parameters);
    }

    [Fact]
    public void Suggest_HistoryCutByAKill_ProposesThePointTheUncutRunTried()
    {
        var history = new GradientHistory(Quadratic);
        var sampler = Sampler(start: 1);
        for (var i = 0; i < 6; i++)
        {
            history.Step(sampler);
        }

        var cut = history.Trials.Take(3).Append(Running(3, history.Trials[3].Parameters)).ToList();
        var resumed = Sampler(start: 1).Suggest(history.Space, cut);

        Assert.Equal(history.Trials[3].Parameters, resumed.Parameters);
    }

    [Fact]
    public void Suggest_AfterAFailedTrial_StepsFromTheLastFinitePointAtHalfTheRate()
    {
        var history = new GradientHistory(Quadratic);
        var sampler = Sampler(start: 1);
        history.Step(sampler);
        history.Step(sampler, fail: true);

        var next = history.Step(sampler);

        // From u = 0 with Adam's first direction (−1): a step of rate / 2 = 0.25.
        Assert.Equal(Math.Exp(0.25), GradientHistory.ValueOf(next), 1e-8);
    }

    [Fact]
    public void Suggest_AfterANaNHypergradient_StepsFromTheLastFinitePointAtHalfTheRate()
    {
        var history = new GradientHistory(Quadratic);
        var sampler = Sampler(start: 1);
        history.Step(sampler);
        history.Step(sampler, nanHypergradient: true);

        var next = history.Step(sampler);

        Assert.Equal(Math.Exp(0.25), GradientHistory.ValueOf(next), 1e-8);
        var path = GradientPath.Replay(history.Space, GradientHistory.Start(1), new GradientOptions(), history.Trials);
        Assert.Equal(
            [GradientStepOutcome.Accepted, GradientStepOutcome.Failed, GradientStepOutcome.Accepted],
            path.Steps.Select(step => step.Outcome));
    }

    [Fact]
    public void Suggest_WorseTrial_IsRejectedAndTheStepRetriedAtHalfTheRate()
    {
        // A rate of 10 overshoots the minimum at ln 100 ≈ 4.6 from 0 so far that the loss rises.
        var history = new GradientHistory(Quadratic, high: 1e5);
        var sampler = Sampler(start: 1, rate: 10);
        history.Step(sampler);
        var overshoot = history.Step(sampler);

        var retry = history.Step(sampler);

        Assert.Equal(10, Math.Log(GradientHistory.ValueOf(overshoot)), 1e-6);
        Assert.Equal(5, Math.Log(GradientHistory.ValueOf(retry)), 1e-6);
        var path = GradientPath.Replay(history.Space, GradientHistory.Start(1), sampler.Options, history.Trials);
        Assert.Equal(GradientStepOutcome.Worse, path.Steps[1].Outcome);
        Assert.Equal(0.5, path.Steps[1].RateScale);
    }

    [Fact]
    public void Suggest_FirstTrialFailed_SaysThereIsNothingToFollow()
    {
        var history = new GradientHistory(Quadratic);
        var sampler = Sampler(start: 1);
        history.Step(sampler, fail: true);

        var next = history.Step(sampler);

        Assert.True(next.IsExhausted);
        Assert.Contains("starting point", next.ExhaustedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_PinnedAgainstTheUpperBound_StopsAfterThreeStepsOfLengthZero()
    {
        // The minimum at 100 lies above the range, so the path runs into high = 10 and stays.
        var history = new GradientHistory(Quadratic, low: 1e-3, high: 10);
        var sampler = Sampler(start: 5);

        var suggestions = Enumerable.Range(0, 12).Select(_ => history.Step(sampler)).ToList();

        var stop = suggestions.FindIndex(suggestion => suggestion.IsExhausted);
        Assert.Contains("converged", suggestions[stop].ExhaustedReason, StringComparison.Ordinal);
        Assert.Equal(10, GradientHistory.ValueOf(suggestions[stop - 1]));
        Assert.Equal(10, GradientHistory.ValueOf(suggestions[stop - 2]));
        Assert.NotEqual(10, GradientHistory.ValueOf(suggestions[stop - 4]));
    }

    [Fact]
    public void Suggest_ToleranceZero_NeverStopsEarly()
    {
        var history = new GradientHistory(Quadratic, low: 1e-3, high: 10);
        var sampler = Sampler(start: 5, tolerance: 0);

        var suggestions = Enumerable.Range(0, 12).Select(_ => history.Step(sampler)).ToList();

        Assert.DoesNotContain(suggestions, suggestion => suggestion.IsExhausted);
    }

    [Fact]
    public void Suggest_SpikeInTheHypergradient_IsClippedToTenTimesTheEarlierNorm()
    {
        // Log-space gradients −1, then −1000 (clipped to −10): with λ = 1 first, g_log = g · λ.
        var gradients = new Queue<double>([-1.0, -1000.0 / Math.Exp(0.5), 0.0]);
        var history = new GradientHistory(_ => (1.0, gradients.Dequeue()));
        var sampler = Sampler(start: 1);
        history.Step(sampler);
        history.Step(sampler);

        var next = history.Step(sampler);

        var m2 = (0.9 * 0.1 * -1) + (0.1 * -10);
        var v2 = (0.999 * 0.001 * 1) + (0.001 * 100);
        var u1 = 0.5 / (1 + 1e-8);
        var u2 = u1 - (0.5 * (m2 / 0.19) / (Math.Sqrt(v2 / (1 - (0.999 * 0.999))) + 1e-8));
        Assert.Equal(u2, Math.Log(GradientHistory.ValueOf(next)), 1e-9);
    }

    private static (double Loss, double Derivative) Quadratic(double lambda)
    {
        var u = Math.Log(lambda);
        return ((u - s_target) * (u - s_target), 2 * (u - s_target) / lambda);
    }

    private static GradientSampler Sampler(double start, double rate = 0.5, double tolerance = 0.01) =>
        new(new GradientOptions(Rate: rate, Tolerance: tolerance), GradientHistory.Start(start));

    private static Trial Running(int number, TrialParameters parameters) => new()
    {
        Number = number,
        State = TrialState.Running,
        Parameters = parameters,
        Fingerprint = $"fp{number}",
    };
}
