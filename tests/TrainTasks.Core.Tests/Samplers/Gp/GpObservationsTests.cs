using TrainTasks.Core.Samplers.Gp;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Samplers.Gp;

public sealed class GpObservationsTests
{
    private static readonly SearchSpace s_space = new([new FloatParameter("x", 0, 1)]);

    [Fact]
    public void Gather_CompleteTrials_StandardizesValues()
    {
        var history = History((0.1, 1.0, TrialState.Complete), (0.5, 3.0, TrialState.Complete));

        var observations = Gather(history, OptimizationDirection.Minimize);

        // Mean 2, population sd 1.
        Assert.Equal([-1.0, 1.0], observations.Targets);
        Assert.Equal(-1.0, observations.Best);
    }

    [Fact]
    public void Gather_Maximize_NegatesSoSmallerIsBetter()
    {
        var history = History((0.1, 1.0, TrialState.Complete), (0.5, 3.0, TrialState.Complete));

        var observations = Gather(history, OptimizationDirection.Maximize);

        Assert.Equal([1.0, -1.0], observations.Targets);
        Assert.Equal(-1.0, observations.Best);
    }

    [Fact]
    public void Gather_RunningTrial_TakesTheBestValueAsItsLie()
    {
        var history = History(
            (0.1, 1.0, TrialState.Complete),
            (0.5, 3.0, TrialState.Complete),
            (0.9, 0.0, TrialState.Running));

        var observations = Gather(history, OptimizationDirection.Minimize);

        Assert.Equal(3, observations.Points.Count);
        Assert.Equal(-1.0, observations.Targets[2]);
        Assert.Equal(2, observations.CompleteCount);
    }

    [Fact]
    public void Gather_FailedAndPrunedTrials_AreLeftOut()
    {
        var history = History(
            (0.1, 1.0, TrialState.Complete),
            (0.5, 3.0, TrialState.Failed),
            (0.9, 2.0, TrialState.Pruned));

        var observations = Gather(history, OptimizationDirection.Minimize);

        Assert.Single(observations.Points);
    }

    [Fact]
    public void Gather_EqualValues_StandardizesToZeros()
    {
        var history = History((0.1, 4.0, TrialState.Complete), (0.5, 4.0, TrialState.Complete));

        var observations = Gather(history, OptimizationDirection.Minimize);

        Assert.Equal([0.0, 0.0], observations.Targets);
    }

    [Fact]
    public void Subset_OverTheLimit_KeepsEvenlySpacedObservations()
    {
        var history = Enumerable.Range(0, 10)
            .Select(index => (index / 10.0, (double)index, TrialState.Complete))
            .ToArray();
        var observations = Gather(History(history), OptimizationDirection.Minimize);

        var (points, _) = observations.Subset(4);

        Assert.Equal([0.0, 0.2, 0.5, 0.7], points.Select(point => point[0]), (l, r) => Math.Abs(l - r) < 1e-12);
    }

    private static GpObservations Gather(List<Trial> history, OptimizationDirection direction) =>
        GpObservations.Gather(s_space, history, new SpaceEncoding(s_space), direction);

    private static List<Trial> History(params (double X, double Value, TrialState State)[] trials) =>
        trials.Select((trial, number) => Make(number, trial.X, trial.Value, trial.State)).ToList();

    private static Trial Make(int number, double x, double value, TrialState state)
    {
        var parameters = new TrialParameters([new("x", ParameterValue.FromDouble(x))]);
        var trial = TrialHistory.Make(number, parameters, state);
        return trial with { Value = state == TrialState.Running ? null : value };
    }
}
