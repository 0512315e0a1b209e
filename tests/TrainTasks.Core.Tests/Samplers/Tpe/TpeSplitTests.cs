using TrainTasks.Core.Samplers.Tpe;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Samplers.Tpe;

public sealed class TpeSplitTests
{
    private static readonly TpeOptions s_tenth = new(GoodFraction: 0.1);

    private static readonly TpeDimension[] s_dimensions = [TpeDimension.Of(new FloatParameter("x", 0, 100))];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(240, 24)]
    [InlineData(241, 25)]
    [InlineData(1000, 25)]
    public void GoodCount_TenPercent_IsCeilingOfTenPercentCappedAt25(int rankedCount, int expected)
    {
        var count = TpeSplit.GoodCount(rankedCount, s_tenth);

        Assert.Equal(expected, count);
    }

    [Theory]
    [InlineData(false, 100, 15)]
    [InlineData(true, 100, 10)]
    [InlineData(false, 7, 2)]
    [InlineData(true, 7, 1)]
    public void GoodCount_DefaultOptions_FifteenPercentUnivariateTenPercentMultivariate(
        bool multivariate,
        int rankedCount,
        int expected)
    {
        var count = TpeSplit.GoodCount(rankedCount, new TpeOptions(Multivariate: multivariate));

        Assert.Equal(expected, count);
    }

    [Fact]
    public void Of_Minimize_GoodHoldsTheLowestValues()
    {
        var history = Trials(values: [5, 1, 4, 2, 3, 9, 8, 7, 6, 10, 0.5]);

        var split = TpeSplit.Of(s_dimensions, history, OptimizationDirection.Minimize, s_tenth);

        Assert.Equal([1.0, 10.0], split.Good.Select(point => point[0]));
        Assert.Equal(9, split.Bad.Count);
    }

    [Fact]
    public void Of_Maximize_GoodHoldsTheHighestValues()
    {
        var history = Trials(values: [5, 1, 4, 2, 3, 9, 8, 7, 6, 10, 0.5]);

        var split = TpeSplit.Of(s_dimensions, history, OptimizationDirection.Maximize, s_tenth);

        Assert.Equal([5.0, 9.0], split.Good.Select(point => point[0]));
    }

    [Fact]
    public void Of_RunningAndFailedTrials_RunningCountAsBadAndFailedAreLeftOut()
    {
        var history = Trials(values: [3, 2, 1]);
        history.Add(Make(3, TrialState.Running, value: null));
        history.Add(Make(4, TrialState.Failed, value: null));

        var split = TpeSplit.Of(s_dimensions, history, OptimizationDirection.Minimize, s_tenth);

        Assert.Equal([2.0], split.Good.Select(point => point[0]));
        Assert.Equal([0.0, 1.0, 3.0], split.Bad.Select(point => point[0]));
    }

    [Fact]
    public void Of_PrunedTrialWithValue_CountsAsBad()
    {
        var history = Trials(values: [3, 2]);
        history.Add(Make(2, TrialState.Pruned, value: 0.1));

        var split = TpeSplit.Of(s_dimensions, history, OptimizationDirection.Minimize, s_tenth);

        Assert.Equal([1.0], split.Good.Select(point => point[0]));
        Assert.Equal([0.0, 2.0], split.Bad.Select(point => point[0]));
    }

    [Fact]
    public void Of_EqualValues_TiesGoByTrialNumber()
    {
        var history = Trials(values: [7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7]);

        var split = TpeSplit.Of(s_dimensions, history, OptimizationDirection.Minimize, s_tenth);

        Assert.Equal([0.0, 1.0], split.Good.Select(point => point[0]));
    }

    [Theory]
    [InlineData(OptimizationDirection.Minimize)]
    [InlineData(OptimizationDirection.Maximize)]
    public void Of_ManyTrialsWithTiedValues_GoodHoldsTheFirstOfTheFullRanking(OptimizationDirection direction)
    {
        var random = new Random(12);
        var history = Trials(values: Enumerable.Range(0, 100).Select(_ => (double)random.Next(20)).ToArray());
        history[7] = history[7] with { State = TrialState.Running, Value = null };
        history[9] = history[9] with { State = TrialState.Failed, Value = null };

        var split = TpeSplit.Of(s_dimensions, history, direction, s_tenth);

        var sign = direction == OptimizationDirection.Maximize ? -1 : 1;
        var expected = history
            .Where(trial => trial.State == TrialState.Complete)
            .OrderBy(trial => sign * trial.Value!.Value)
            .ThenBy(trial => trial.Number)
            .Take(10)
            .Select(trial => (double)trial.Number)
            .Order();
        Assert.Equal(expected, split.Good.Select(point => point[0]));
        Assert.Equal(89, split.Bad.Count);
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
