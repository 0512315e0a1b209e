using TrainTasks.Core.Samplers;
using TrainTasks.Core.Samplers.Gp;
using TrainTasks.Core.Samplers.Sobol;
using TrainTasks.Core.Samplers.Tpe;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;
using static TrainTasks.Core.Tests.SearchSpaces.ConditionalSpaces;

namespace TrainTasks.Core.Tests.Samplers;

public sealed class ConditionalSamplerTests
{
    public static TheoryData<string> Strategies => ["random", "sobol", "tpe", "tpe-multivariate", "gp"];

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Suggest_MixedConditionalSpace_ProposesOnlyValidConfigurations(string strategy)
    {
        var sampler = Create(strategy, seed: 4);
        var history = new List<Trial>();

        for (var number = 0; number < 30; number++)
        {
            var suggestion = sampler.Suggest(Mixed, history);
            var parameters = suggestion.Parameters!;

            Assert.True(IsValid(Mixed, parameters), $"trial {number}: {parameters}");
            history.Add(Complete(number, parameters, Objective(parameters)));
        }

        Assert.Contains(history, trial => trial.Parameters.ContainsKey("momentum"));
        Assert.Contains(history, trial => trial.Parameters.ContainsKey("batchSize"));
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Suggest_SameSeedAndHistory_GivesTheSameSuggestion(string strategy)
    {
        var history = RandomHistory(Mixed, count: 12);

        var first = Create(strategy, seed: 8).Suggest(Mixed, history);
        var second = Create(strategy, seed: 8).Suggest(Mixed, history);

        Assert.Equal(first.Parameters, second.Parameters);
    }

    [Theory]
    [InlineData("grid")]
    [InlineData("random")]
    [InlineData("sobol")]
    [InlineData("tpe")]
    [InlineData("tpe-multivariate")]
    [InlineData("gp")]
    public void Suggest_FiniteChain_ProposesEachHandListedConfigurationOnceThenIsExhausted(string strategy)
    {
        var sampler = Create(strategy, seed: 2);
        var history = new List<Trial>();

        for (var suggestion = sampler.Suggest(Chain, history);
             !suggestion.IsExhausted;
             suggestion = sampler.Suggest(Chain, history))
        {
            history.Add(Complete(history.Count, suggestion.Parameters!, history.Count));
            Assert.True(history.Count <= ChainConfigurations.Count, "more suggestions than configurations");
        }

        Assert.Equal(
            ChainConfigurations.Select(point => point.CanonicalJson).Order(StringComparer.Ordinal),
            history.Select(trial => trial.Parameters.CanonicalJson).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Suggest_RandomOnConditionalSpace_DrawsRootsAsWithoutTheCondition()
    {
        var plain = new SearchSpace([Mixed.Parameters[0], Mixed.Parameters[1]]);
        var sampler = new RandomSampler(seed: 6);

        var conditional = sampler.Suggest(Mixed, []).Parameters!;
        var unconditional = sampler.Suggest(plain, []).Parameters!;

        // Each parameter has its own stream, so adding conditional children leaves the roots' draws alone.
        Assert.Equal(unconditional["optimizer"], conditional["optimizer"]);
        Assert.Equal(unconditional["learningRate"], conditional["learningRate"]);
    }

    private static ISampler Create(string strategy, int seed) => strategy switch
    {
        "tpe" => new TpeSampler(seed, OptimizationDirection.Minimize, new TpeOptions(StartupTrials: 5)),
        "tpe-multivariate" => new TpeSampler(
            seed,
            OptimizationDirection.Minimize,
            new TpeOptions(StartupTrials: 5, Multivariate: true)),
        "gp" => new GpSampler(seed, OptimizationDirection.Minimize, new GpSamplerOptions(StartupTrials: 5)),
        "sobol" => new SobolSampler(seed, OptimizationDirection.Minimize, new SobolOptions(Scramble: true)),
        "grid" => new GridSampler(seed),
        _ => new RandomSampler(seed),
    };

    // Smallest for sgd with a high momentum at a learning rate near 0.01.
    private static double Objective(TrialParameters parameters)
    {
        var rate = Math.Log10(parameters["learningRate"].AsDouble()) + 2;
        var momentum = parameters.TryGetValue("momentum", out var value) ? 1 - value.AsDouble() : 1;
        var optimizer = parameters["optimizer"].AsString() == "sgd" ? 0 : 0.5;
        return (rate * rate) + momentum + optimizer;
    }

    private static List<Trial> RandomHistory(SearchSpace space, int count)
    {
        var sampler = new RandomSampler(seed: 99);
        var history = new List<Trial>();
        for (var number = 0; number < count; number++)
        {
            var parameters = sampler.Suggest(space, history).Parameters!;
            history.Add(Complete(number, parameters, Objective(parameters)));
        }

        return history;
    }

    private static Trial Complete(int number, TrialParameters parameters, double value) => new()
    {
        Number = number,
        State = TrialState.Complete,
        Parameters = parameters,
        Fingerprint = $"fp{number}",
        Value = value,
    };
}
