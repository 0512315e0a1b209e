using TrainTasks.Core.Samplers;
using TrainTasks.Core.Samplers.Gp;
using TrainTasks.Core.Samplers.Sobol;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Samplers.Gp;

public sealed class GpSamplerTests
{
    private static readonly GpSamplerOptions s_fast = new(StartupTrials: 4, CandidateCount: 200, FitStarts: 2);

    private static readonly SearchSpace s_mixed = new([
        new FloatParameter("learningRate", 1e-4, 1e-1, Log: true),
        new FloatParameter("dropout", 0.0, 0.5, Step: 0.1),
        new IntParameter("batchSize", 16, 512, Log: true),
        new IntParameter("epochs", 2, 20, 3),
        new CategoricalParameter(
            "optimizer",
            [ParameterValue.FromString("sgd"), ParameterValue.FromString("adam")]),
    ]);

    [Fact]
    public void Suggest_BeforeStartupEnds_EqualsRandomSearch()
    {
        var history = Run(new RandomSampler(seed: 3), s_mixed, count: 3, Objective);

        var gp = new GpSampler(seed: 3, OptimizationDirection.Minimize, s_fast).Suggest(s_mixed, history);

        Assert.Equal(new RandomSampler(seed: 3).Suggest(s_mixed, history).Parameters, gp.Parameters);
    }

    [Fact]
    public void Suggest_SobolStartup_EqualsTheSobolSampler()
    {
        var sobol = new SobolSampler(seed: 3, OptimizationDirection.Minimize, new SobolOptions());
        var history = Run(sobol, s_mixed, count: 3, Objective);
        var options = s_fast with { SobolStartup = true };

        var gp = new GpSampler(seed: 3, OptimizationDirection.Minimize, options).Suggest(s_mixed, history);

        Assert.Equal(TrialOrigin.Startup, gp.Origin);
        Assert.Equal(sobol.Suggest(s_mixed, history).Parameters, gp.Parameters);
    }

    [Fact]
    public void Suggest_ContinuousObjectiveBestInACorner_NeverRepeatsAConfiguration()
    {
        var space = new SearchSpace([
            new FloatParameter("learningRate", 1e-5, 1e-3, Log: true),
            new FloatParameter("dropout", 0, 0.5),
        ]);
        var sampler = new GpSampler(seed: 3, OptimizationDirection.Minimize, s_fast);

        // Lowest at the corner (1e-3, 0); the acquisition keeps pointing there once it is tried.
        var history = Run(
            sampler,
            space,
            count: 16,
            parameters => -Math.Log10(parameters["learningRate"].AsDouble()) + parameters["dropout"].AsDouble());

        Assert.Equal(16, history.Select(trial => trial.Parameters.CanonicalJson).Distinct().Count());
    }

    [Fact]
    public void Suggest_MixedSpace_EveryValueIsInItsParameter()
    {
        var sampler = new GpSampler(seed: 1, OptimizationDirection.Minimize, s_fast);

        var history = Run(sampler, s_mixed, count: 10, Objective);

        Assert.All(history, trial => Assert.All(s_mixed.Parameters, parameter => Assert.True(
            parameter.Contains(trial.Parameters[parameter.Name]),
            $"{parameter.Name}: {trial.Parameters}")));
    }

    [Fact]
    public void Suggest_SameSeedAndHistory_GivesTheSameSuggestion()
    {
        var history = Run(new RandomSampler(seed: 9), s_mixed, count: 6, Objective);

        var first = new GpSampler(seed: 9, OptimizationDirection.Minimize, s_fast).Suggest(s_mixed, history);
        var second = new GpSampler(seed: 9, OptimizationDirection.Minimize, s_fast).Suggest(s_mixed, history);

        Assert.Equal(first.Parameters, second.Parameters);
    }

    [Fact]
    public void Suggest_AllValuesEqual_SuggestsAConfigurationOfTheSpace()
    {
        var history = Run(new RandomSampler(seed: 2), s_mixed, count: 6, _ => 1.5);

        var suggestion = new GpSampler(seed: 2, OptimizationDirection.Minimize, s_fast).Suggest(s_mixed, history);

        Assert.True(s_mixed.Contains(suggestion.Parameters!));
    }

    [Fact]
    public void Suggest_AllTrialsFailed_EqualsRandomSearch()
    {
        var history = Run(new RandomSampler(seed: 4), s_mixed, count: 6, Objective)
            .Select(trial => trial with { State = TrialState.Failed, Value = null })
            .ToList();

        var gp = new GpSampler(seed: 4, OptimizationDirection.Minimize, s_fast).Suggest(s_mixed, history);

        Assert.Equal(new RandomSampler(seed: 4).Suggest(s_mixed, history).Parameters, gp.Parameters);
    }

    [Fact]
    public void Suggest_OneFloatParameter_MovesTowardTheMinimum()
    {
        var space = new SearchSpace([new FloatParameter("x", 0, 1)]);
        var history = Run(new RandomSampler(seed: 5), space, count: 6, p => Square(p["x"].AsDouble() - 0.3));

        var suggestion = new GpSampler(seed: 5, OptimizationDirection.Minimize, s_fast).Suggest(space, history);

        // Six points of a parabola pin its minimum at 0.3 closely; the widest plausible miss is the
        // gap between neighbouring observations.
        Assert.InRange(suggestion.Parameters!["x"].AsDouble(), 0.1, 0.5);
    }

    [Fact]
    public void Suggest_Maximize_MovesTowardTheMaximum()
    {
        var space = new SearchSpace([new FloatParameter("x", 0, 1)]);
        var history = Run(new RandomSampler(seed: 5), space, count: 6, p => -Square(p["x"].AsDouble() - 0.7));

        var suggestion = new GpSampler(seed: 5, OptimizationDirection.Maximize, s_fast).Suggest(space, history);

        Assert.InRange(suggestion.Parameters!["x"].AsDouble(), 0.5, 0.9);
    }

    [Fact]
    public void Suggest_SinglePointSpaceTried_SaysExhausted()
    {
        var space = new SearchSpace([new IntParameter("layers", 3, 3)]);
        var history = Run(new RandomSampler(seed: 1), space, count: 1, _ => 0.5);

        var sampler = new GpSampler(seed: 1, OptimizationDirection.Minimize, new(StartupTrials: 1));

        var suggestion = sampler.Suggest(space, history);

        Assert.True(suggestion.IsExhausted);
    }

    [Fact]
    public void Suggest_FiniteSpace_ProposesEveryConfigurationOnceThenSaysExhausted()
    {
        var space = new SearchSpace([
            new IntParameter("units", 1, 4),
            new CategoricalParameter(
                "activation",
                [ParameterValue.FromString("relu"), ParameterValue.FromString("tanh")]),
        ]);
        var sampler = new GpSampler(seed: 8, OptimizationDirection.Minimize, s_fast with { StartupTrials = 2 });

        var history = Run(sampler, space, count: 8, parameters => Square(parameters["units"].AsDouble() - 2));

        Assert.Equal(8, history.Select(trial => trial.Parameters.CanonicalJson).Distinct().Count());
        Assert.True(sampler.Suggest(space, history).IsExhausted);
    }

    [Fact]
    public void Suggest_RunningTrialAtTheOptimum_ProposesElsewhere()
    {
        var space = new SearchSpace([new IntParameter("units", 0, 20)]);
        var history = new[] { 0, 5, 10, 15, 20, 3 }
            .Select((units, number) => Complete(number, units, Square(units - 4)))
            .ToList();
        history.Add(Complete(history.Count, 4, value: 0) with { State = TrialState.Running, Value = null });

        var suggestion = new GpSampler(seed: 1, OptimizationDirection.Minimize, s_fast).Suggest(space, history);

        Assert.NotEqual(4, suggestion.Parameters!["units"].AsInt64());
    }

    [Fact]
    public void Constructor_ZeroStartupTrials_Throws()
    {
        var options = new GpSamplerOptions(StartupTrials: 0);

        var exception = Record.Exception(() => new GpSampler(1, OptimizationDirection.Minimize, options));

        Assert.IsType<ArgumentOutOfRangeException>(exception);
    }

    internal static List<Trial> Run(
        ISampler sampler,
        SearchSpace space,
        int count,
        Func<TrialParameters, double> objective)
    {
        var history = new List<Trial>();
        for (var number = 0; number < count; number++)
        {
            var parameters = sampler.Suggest(space, history).Parameters!;
            history.Add(TrialHistory.Make(number, parameters) with { Value = objective(parameters) });
        }

        return history;
    }

    private static Trial Complete(int number, long units, double value) =>
        TrialHistory.Make(number, new TrialParameters([new("units", ParameterValue.FromInt64(units))])) with
        {
            Value = value,
        };

    private static double Objective(TrialParameters parameters) =>
        Square(Math.Log10(parameters["learningRate"].AsDouble()) + 2.5)
        + Square(parameters["dropout"].AsDouble() - 0.2)
        + (parameters["optimizer"].AsString() == "adam" ? 0 : 0.5);

    private static double Square(double value) => value * value;
}
