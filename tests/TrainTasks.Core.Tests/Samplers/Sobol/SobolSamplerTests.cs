using TrainTasks.Core.Samplers;
using TrainTasks.Core.Samplers.Sobol;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Samplers.Sobol;

public sealed class SobolSamplerTests
{
    private static readonly SobolOptions s_plain = new(Scramble: false);

    private static readonly SearchSpace s_fourKinds = new([
        new FloatParameter("momentum", 0.0, 10.0),
        new FloatParameter("learningRate", 1e-3, 1e-1, Log: true),
        new CategoricalParameter(
            "optimizer",
            [ParameterValue.FromString("sgd"), ParameterValue.FromString("adam"), ParameterValue.Null]),
        new IntParameter("layers", 1, 4),
    ]);

    private static readonly SearchSpace s_mixed = new([
        new FloatParameter("learningRate", 1e-4, 1e-2, Log: true),
        new FloatParameter("dropout", 0.0, 0.5, Step: 0.1),
        new FloatParameter("momentum", 0.5, 0.99),
        new IntParameter("batchSize", 16, 512, Log: true),
        new IntParameter("epochs", 2, 20, 3),
        new FloatParameter("weightDecay", 1e-6, 1e-2, Log: true, Step: 1e-6),
        new CategoricalParameter(
            "hidden",
            [ParameterValue.Parse("[128]"), ParameterValue.Parse("[256,128]"), ParameterValue.Null]),
    ]);

    [Fact]
    public void Suggest_UnscrambledSecondTrial_MapsTheMiddleOfEveryRange()
    {
        var history = Run(Sampler(seed: 0, s_plain), s_fourKinds, count: 1);

        var parameters = Sampler(seed: 0, s_plain).Suggest(s_fourKinds, history).Parameters!;

        // Point 1 is 0.5 in every dimension: the middle of [0, 10], the geometric middle of
        // [1e-3, 1e-1], choice floor(1.5) = 1 of three, value floor(2.0) = 2 of 1..4 (that is 3).
        Assert.Equal(5.0, parameters["momentum"].AsDouble(), 12);
        Assert.Equal(1e-2, parameters["learningRate"].AsDouble(), 12);
        Assert.Equal("adam", parameters["optimizer"].AsString());
        Assert.Equal(3, parameters["layers"].AsInt64());
    }

    [Fact]
    public void Suggest_UnscrambledThirdTrial_MapsThePublishedPoint()
    {
        var history = Run(Sampler(seed: 0, s_plain), s_fourKinds, count: 2);

        var parameters = Sampler(seed: 0, s_plain).Suggest(s_fourKinds, history).Parameters!;

        // Point 2 is (0.75, 0.25, 0.25, 0.25): 7.5; 10^(-3 + 0.5); choice floor(0.75) = 0;
        // value floor(1.0) = 1 of 1..4 (that is 2).
        Assert.Equal(7.5, parameters["momentum"].AsDouble(), 12);
        Assert.Equal(Math.Pow(10, -2.5), parameters["learningRate"].AsDouble(), 12);
        Assert.Equal("sgd", parameters["optimizer"].AsString());
        Assert.Equal(2, parameters["layers"].AsInt64());
    }

    [Fact]
    public void Suggest_FailedAndRunningTrials_CountTowardsTheIndex()
    {
        var history = Run(Sampler(seed: 0, s_plain), s_fourKinds, count: 2);
        history[0] = history[0] with { State = TrialState.Failed, Value = null };
        history[1] = history[1] with { State = TrialState.Running, Value = null };

        var parameters = Sampler(seed: 0, s_plain).Suggest(s_fourKinds, history).Parameters!;

        Assert.Equal(7.5, parameters["momentum"].AsDouble(), 12);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(2024)]
    public void Suggest_ManyTrials_EveryValueIsInItsParameter(int seed)
    {
        var history = Run(Sampler(seed, new SobolOptions()), s_mixed, count: 64);

        Assert.All(history, trial => Assert.All(s_mixed.Parameters, parameter =>
            Assert.True(
                parameter.Contains(trial.Parameters[parameter.Name]),
                $"{parameter.Name}: {trial.Parameters}")));
    }

    [Fact]
    public void Suggest_ScrambledFirstPowerOfTwoTrials_FillEveryStratum()
    {
        var space = new SearchSpace([new FloatParameter("x", 0.0, 1.0), new FloatParameter("y", -4.0, 4.0)]);

        var history = Run(Sampler(seed: 11, new SobolOptions()), space, count: 32);

        var xCells = history.Select(trial => (int)(trial.Parameters["x"].AsDouble() * 32)).Distinct().Count();
        var yCells = history.Select(trial => (int)((trial.Parameters["y"].AsDouble() + 4) * 4)).Distinct().Count();
        Assert.Equal(32, xCells);
        Assert.Equal(32, yCells);
    }

    [Fact]
    public void Suggest_SameSeedAndHistory_GivesTheSameSuggestion()
    {
        var history = Run(Sampler(seed: 9, new SobolOptions()), s_mixed, count: 5);

        var first = Sampler(seed: 9, new SobolOptions()).Suggest(s_mixed, history);
        var second = Sampler(seed: 9, new SobolOptions()).Suggest(s_mixed, history);

        Assert.Equal(first.Parameters, second.Parameters);
    }

    [Fact]
    public void Suggest_DifferentSeeds_GiveDifferentSuggestions()
    {
        var first = Sampler(seed: 1, new SobolOptions()).Suggest(s_mixed, []);

        var second = Sampler(seed: 2, new SobolOptions()).Suggest(s_mixed, []);

        Assert.NotEqual(first.Parameters, second.Parameters);
    }

    [Fact]
    public void Suggest_UnscrambledDifferentSeeds_GiveTheSameSuggestion()
    {
        var first = Sampler(seed: 1, s_plain).Suggest(s_mixed, []);

        var second = Sampler(seed: 2, s_plain).Suggest(s_mixed, []);

        Assert.Equal(first.Parameters, second.Parameters);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Suggest_FiniteSpace_ProposesEveryConfigurationOnceThenIsExhausted(bool scramble)
    {
        var space = new SearchSpace([
            new IntParameter("a", 1, 3),
            new CategoricalParameter("b", [ParameterValue.FromString("x"), ParameterValue.FromString("y")]),
        ]);
        var sampler = Sampler(seed: 6, new SobolOptions(scramble));

        var history = Run(sampler, space, count: 6);
        var next = sampler.Suggest(space, history);

        Assert.Equal(6, history.Select(trial => trial.Parameters.CanonicalJson).Distinct().Count());
        Assert.True(next.IsExhausted);
    }

    [Fact]
    public void Suggest_MoreParametersThanTheTable_FillsEveryParameter()
    {
        var space = new SearchSpace(Enumerable.Range(0, SobolSequence.MaxDimensions + 3)
            .Select(index => (ParameterDefinition)new FloatParameter($"x{index:D2}", -1.0, 1.0))
            .ToList());

        var history = Run(Sampler(seed: 4, new SobolOptions()), space, count: 4);

        Assert.All(history, trial => Assert.True(space.Contains(trial.Parameters), trial.Parameters.ToString()));
    }

    private static SobolSampler Sampler(int seed, SobolOptions options) =>
        new(seed, OptimizationDirection.Minimize, options);

    private static List<Trial> Run(ISampler sampler, SearchSpace space, int count)
    {
        var history = new List<Trial>();
        for (var i = 0; i < count; i++)
        {
            TrialHistory.Append(history, sampler.Suggest(space, history).Parameters!, TrialState.Complete);
        }

        return history;
    }
}
