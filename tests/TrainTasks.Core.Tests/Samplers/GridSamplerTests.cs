using TrainTasks.Core.Samplers;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Samplers;

public sealed class GridSamplerTests
{
    private static readonly SearchSpace s_space = new([
        new FloatParameter("dropout", 0.0, 0.2, Step: 0.1),
        new IntParameter("batchSize", 32, 64, 32),
        new CategoricalParameter("hidden", [ParameterValue.Parse("[128]"), ParameterValue.Parse("[256,128]")]),
    ]);

    [Fact]
    public void Suggest_RunToExhaustion_VisitsEveryPointExactlyOnce()
    {
        var sampler = new GridSampler(seed: 7);
        var history = new List<Trial>();

        for (var i = 0; i < 12; i++)
        {
            var suggestion = sampler.Suggest(s_space, history);
            TrialHistory.Append(history, suggestion.Parameters!, TrialState.Complete);
        }

        var visited = history.Select(trial => trial.Parameters.CanonicalJson).ToHashSet();
        var expected = s_space.EnumerateGrid().Select(point => point.CanonicalJson).ToHashSet();
        Assert.Equal(expected, visited);
        Assert.Equal(12, visited.Count);
    }

    [Fact]
    public void Suggest_AllPointsTaken_IsExhaustedAndSaysHowMany()
    {
        var history = s_space.EnumerateGrid()
            .Select((point, number) => TrialHistory.Make(number, point, TrialState.Complete))
            .ToList();

        var suggestion = new GridSampler(seed: 7).Suggest(s_space, history);

        Assert.True(suggestion.IsExhausted);
        Assert.Equal("all 12 grid points have been evaluated", suggestion.ExhaustedReason);
    }

    [Fact]
    public void Suggest_RelaunchWithHistoryFedBack_ContinuesTheSameOrder()
    {
        var uninterrupted = RunTrials(new GridSampler(seed: 3), new List<Trial>(), count: 12);
        var history = RunTrials(new GridSampler(seed: 3), new List<Trial>(), count: 5);

        var resumed = RunTrials(new GridSampler(seed: 3), history, count: 7);

        Assert.Equal(
            uninterrupted.Skip(5).Select(trial => trial.Parameters.CanonicalJson),
            resumed.Select(trial => trial.Parameters.CanonicalJson));
    }

    [Theory]
    [InlineData(TrialState.Failed)]
    [InlineData(TrialState.Running)]
    [InlineData(TrialState.Pruned)]
    public void Suggest_PointTakenByTrialInAnyState_IsNotProposedAgain(TrialState state)
    {
        var sampler = new GridSampler(seed: 11);
        var first = sampler.Suggest(s_space, []).Parameters!;
        var history = new List<Trial> { TrialHistory.Make(0, first, state) };

        var second = sampler.Suggest(s_space, history).Parameters!;

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Suggest_DifferentSeeds_VisitInDifferentOrders()
    {
        var first = RunTrials(new GridSampler(seed: 1), new List<Trial>(), count: 12);

        var second = RunTrials(new GridSampler(seed: 2), new List<Trial>(), count: 12);

        Assert.NotEqual(
            first.Select(trial => trial.Parameters.CanonicalJson),
            second.Select(trial => trial.Parameters.CanonicalJson));
    }

    [Fact]
    public void Suggest_GridBeyondShuffleLimit_StillProposesUntakenPointsInTheSpace()
    {
        var space = new SearchSpace([new IntParameter("a", 0, 1999), new IntParameter("b", 0, 999)]);
        var sampler = new GridSampler(seed: 5);

        var history = RunTrials(sampler, new List<Trial>(), count: 20, space);

        Assert.All(history, trial => Assert.True(space.Contains(trial.Parameters)));
        Assert.Equal(20, history.Select(trial => trial.Parameters).Distinct().Count());
    }

    [Fact]
    public void Suggest_ContinuousFloat_Throws()
    {
        var space = new SearchSpace([new FloatParameter("learningRate", 1e-4, 1e-2, Log: true)]);

        var act = () => new GridSampler(seed: 0).Suggest(space, []);

        Assert.Throws<InvalidOperationException>(act);
    }

    private static List<Trial> RunTrials(GridSampler sampler, List<Trial> history, int count, SearchSpace? space = null)
    {
        var added = new List<Trial>();
        for (var i = 0; i < count; i++)
        {
            var parameters = sampler.Suggest(space ?? s_space, history).Parameters!;
            TrialHistory.Append(history, parameters, TrialState.Complete);
            added.Add(history[^1]);
        }

        return added;
    }
}
