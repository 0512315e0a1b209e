using TrainTasks.Core.Samplers.Tpe;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Samplers.Tpe;

public sealed class TpeSplitTests
{
    private static readonly SearchSpace s_space = new([new FloatParameter("x", 0, 100)]);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(240, 24)]
    [InlineData(241, 25)]
    [InlineData(1000, 25)]
    public void GoodCount_DefaultOptions_IsCeilingOfTenPercentCappedAt25(int rankedCount, int expected)
    {
        var count = TpeSplit.GoodCount(rankedCount, new TpeOptions());

        Assert.Equal(expected, count);
    }

    [Fact]
    public void Of_Minimize_GoodHoldsTheLowestValues()
    {
        var history = Trials(values: [5, 1, 4, 2, 3, 9, 8, 7, 6, 10, 0.5]);

        var split = TpeSplit.Of(s_space, history, OptimizationDirection.Minimize, new TpeOptions());

        Assert.Equal([1.0, 10.0], split.Good.Select(parameters => parameters["x"].AsDouble()));
        Assert.Equal(9, split.Bad.Count);
    }

    [Fact]
    public void Of_Maximize_GoodHoldsTheHighestValues()
    {
        var history = Trials(values: [5, 1, 4, 2, 3, 9, 8, 7, 6, 10, 0.5]);

        var split = TpeSplit.Of(s_space, history, OptimizationDirection.Maximize, new TpeOptions());

        Assert.Equal([5.0, 9.0], split.Good.Select(parameters => parameters["x"].AsDouble()));
    }

    [Fact]
    public void Of_RunningAndFailedTrials_RunningCountAsBadAndFailedAreLeftOut()
    {
        var history = Trials(values: [3, 2, 1]);
        history.Add(Make(3, TrialState.Running, value: null));
        history.Add(Make(4, TrialState.Failed, value: null));

        var split = TpeSplit.Of(s_space, history, OptimizationDirection.Minimize, new TpeOptions());

        Assert.Equal([2.0], split.Good.Select(parameters => parameters["x"].AsDouble()));
        Assert.Equal([0.0, 1.0, 3.0], split.Bad.Select(parameters => parameters["x"].AsDouble()));
    }

    [Fact]
    public void Of_PrunedTrialWithValue_CountsAsBad()
    {
        var history = Trials(values: [3, 2]);
        history.Add(Make(2, TrialState.Pruned, value: 0.1));

        var split = TpeSplit.Of(s_space, history, OptimizationDirection.Minimize, new TpeOptions());

        Assert.Equal([1.0], split.Good.Select(parameters => parameters["x"].AsDouble()));
        Assert.Equal([0.0, 2.0], split.Bad.Select(parameters => parameters["x"].AsDouble()));
    }

    [Fact]
    public void Of_EqualValues_TiesGoByTrialNumber()
    {
        var history = Trials(values: [7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7]);

        var split = TpeSplit.Of(s_space, history, OptimizationDirection.Minimize, new TpeOptions());

        Assert.Equal([0.0, 1.0], split.Good.Select(parameters => parameters["x"].AsDouble()));
    }

    // Trial i sits at x = i, so a group's x values name its trials.
    private static List<Trial> Trials(double[] values) =>
        values.Select((value, number) => Make(number, TrialState.Complete, value)).ToList();

    private static Trial Make(int number, TrialState state, double? value) => new()
    {
        Number = number,
        State = state,
        Parameters = new TrialParameters([new("x", ParameterValue.FromInt64(number))]),
        Fingerprint = $"fp{number}",
        Value = value,
    };
}
