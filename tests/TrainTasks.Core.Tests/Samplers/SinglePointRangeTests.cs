using TrainTasks.Core.Samplers;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Samplers;

/// <summary>
/// A float range whose bounds are equal holds one value, so every sampler proposes it once and
/// then says the space is exhausted, as it does for the same range with a step or an int range
/// with equal bounds.
/// </summary>
public sealed class SinglePointRangeTests
{
    private const double Rate = 0.01;

    public static TheoryData<string, Dictionary<string, double>> Strategies => new()
    {
        { "grid", [] },
        { "random", [] },
        { "sobol", [] },
        { "tpe", [] },
        { "tpe", new() { ["startupTrials"] = 1, ["multivariate"] = 1 } },
        { "tpe", new() { ["sobolStartup"] = 1 } },
        { "gp", [] },
        { "gp", new() { ["startupTrials"] = 1 } },
        { "gp", new() { ["sobolStartup"] = 1 } },
    };

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Suggest_ContinuousLogRangeOfOnePoint_ProposesItOnceThenSaysExhausted(
        string strategy,
        Dictionary<string, double> options)
    {
        var space = new SearchSpace([new FloatParameter("learningRate", Rate, Rate, Log: true)]);
        var sampler = SamplerFactory.Create(strategy, seed: 4, OptimizationDirection.Maximize, options);

        var (proposed, stop) = RunUntilExhausted(sampler, space, budget: 3);

        var value = Assert.Single(proposed)["learningRate"];
        Assert.Equal(Rate, value.AsDouble());
        Assert.Equal("0.01", value.CanonicalJson);
        Assert.True(stop.IsExhausted);
        Assert.Contains("all 1 ", stop.ExhaustedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_GradientOverRangesOfOnePoint_ProposesThePointOnceThenSaysExhausted()
    {
        var space = new SearchSpace([
            new FloatParameter("l2", Rate, Rate, Log: true),
            new FloatParameter("l2.0", 0.5, 0.5),
        ]);
        var sampler = SamplerFactory.Create("gradient", seed: 4);

        var (proposed, stop) = RunUntilExhausted(sampler, space, budget: 3);

        Assert.Equal("""{"l2":0.01,"l2.0":0.5}""", Assert.Single(proposed).CanonicalJson);
        Assert.True(stop.IsExhausted);
        Assert.Contains("all 1 ", stop.ExhaustedReason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Suggest_OnePointBesideTwoChoices_ProposesEachChoiceOnceThenSaysExhausted(
        string strategy,
        Dictionary<string, double> options)
    {
        var space = new SearchSpace([
            new FloatParameter("dropout", 0.25, 0.25),
            new CategoricalParameter(
                "optimizer",
                [ParameterValue.FromString("sgd"), ParameterValue.FromString("adam")]),
        ]);
        var sampler = SamplerFactory.Create(strategy, seed: 4, OptimizationDirection.Maximize, options);

        var (proposed, stop) = RunUntilExhausted(sampler, space, budget: 5);

        Assert.Equal(2, proposed.Count);
        Assert.All(proposed, parameters => Assert.Equal(0.25, parameters["dropout"].AsDouble()));
        Assert.Equal(["adam", "sgd"], proposed.Select(parameters => parameters["optimizer"].AsString()).Order());
        Assert.True(stop.IsExhausted);
        Assert.Contains("all 2 ", stop.ExhaustedReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tpe")]
    [InlineData("gp")]
    public void Suggest_OnePointBesideAContinuousRange_KeepsThePointExactlyAfterStartup(string strategy)
    {
        var space = new SearchSpace([
            new FloatParameter("learningRate", Rate, Rate, Log: true),
            new FloatParameter("dropout", 0.0, 0.5),
        ]);
        var options = new Dictionary<string, double> { ["startupTrials"] = 3 };
        var sampler = SamplerFactory.Create(strategy, seed: 2, OptimizationDirection.Maximize, options);
        var history = new List<Trial>();

        for (var trial = 0; trial < 8; trial++)
        {
            var parameters = sampler.Suggest(space, history).Parameters!;
            history.Add(TrialHistory.Make(trial, parameters) with { Value = -parameters["dropout"].AsDouble() });
        }

        Assert.All(history, trial => Assert.Equal("0.01", trial.Parameters["learningRate"].CanonicalJson));
        Assert.All(history, trial => Assert.InRange(trial.Parameters["dropout"].AsDouble(), 0.0, 0.5));
        Assert.Equal(8, history.Select(trial => trial.Parameters.CanonicalJson).Distinct().Count());
    }

    private static (List<TrialParameters> Proposed, Suggestion Stop) RunUntilExhausted(
        ISampler sampler,
        SearchSpace space,
        int budget)
    {
        var history = new List<Trial>();
        for (var trial = 0; trial < budget; trial++)
        {
            var suggestion = sampler.Suggest(space, history);
            if (suggestion.IsExhausted)
            {
                return (history.Select(item => item.Parameters).ToList(), suggestion);
            }

            TrialHistory.Append(history, suggestion.Parameters!, TrialState.Complete);
        }

        return (history.Select(item => item.Parameters).ToList(), sampler.Suggest(space, history));
    }
}
