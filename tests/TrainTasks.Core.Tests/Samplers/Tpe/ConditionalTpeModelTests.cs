using System.Globalization;
using MathNet.Numerics.Distributions;
using TrainTasks.Core.Samplers.Tpe;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;
using static TrainTasks.Core.Tests.SearchSpaces.ConditionalSpaces;

namespace TrainTasks.Core.Tests.Samplers.Tpe;

public sealed class ConditionalTpeModelTests
{
    // optimizer in {sgd, adam}; a continuous momentum in [0.5, 0.99] only under sgd.
    private static readonly SearchSpace s_space = new([
        new CategoricalParameter("optimizer", [Text("sgd"), Text("adam")]),
        new FloatParameter("momentum", 0.5, 0.99) { When = new("optimizer", [Text("sgd")]) },
    ]);

    [Fact]
    public void FitConditionalModel_Univariate_FitsMomentumOnlyToTheSgdTrials()
    {
        var sampler = new TpeSampler(seed: 1, OptimizationDirection.Minimize);

        var model = sampler.FitConditionalModel(s_space, History());

        // Of 12 complete trials the best 2 (trials 0 and 1) are good; 6 of the 12 used sgd,
        // trial 0 among the good ones.
        var momentum = model.GroupOf("momentum");
        Assert.Equal((1, 5), (momentum.Good.Count, momentum.Bad.Count));
        var optimizer = model.GroupOf("optimizer");
        Assert.Equal((2, 10), (optimizer.Good.Count, optimizer.Bad.Count));
    }

    [Fact]
    public void FitConditionalModel_GoodMomentumDensity_EqualsTheHandComputedMixture()
    {
        var sampler = new TpeSampler(seed: 1, OptimizationDirection.Minimize);
        var model = sampler.FitConditionalModel(s_space, History());

        var logDensity = model.GroupOf("momentum").Good.MarginalLogDensity(0, 0.7);

        // One good observation, 0.6, has no neighbour, so its width is the larger distance to a
        // bound, max(0.1, 0.39) = 0.39, above the clip range / min(100, 1 + 2) = 0.163. The prior
        // is centred on 0.745 with the range 0.49 as its width; both weigh 1.
        var observation = Truncated(0.7, mean: 0.6, deviation: 0.39);
        var prior = Truncated(0.7, mean: 0.745, deviation: 0.49);
        Assert.Equal(Math.Log((observation + prior) / 2), logDensity, precision: 12);
    }

    [Fact]
    public void FitConditionalModel_Multivariate_GroupsTheParametersActiveTogether()
    {
        var sampler = new TpeSampler(seed: 1, OptimizationDirection.Minimize, new TpeOptions(Multivariate: true));

        var model = sampler.FitConditionalModel(Mixed, RandomHistory());

        Assert.Equal(
            [
                ("", "optimizer,learningRate"),
                ("optimizer in \"adagrad\",\"sgd\"", "momentum"),
                ("optimizer in \"adam\"", "batchSize"),
            ],
            model.Groups.Select(group => (
                group.Key,
                string.Join(",", group.Dimensions.Select(dimension => dimension.Parameter.Name)))));
    }

    [Fact]
    public void FitConditionalModel_Multivariate_FitsEachGroupToTheTrialsWhereItWasActive()
    {
        var sampler = new TpeSampler(seed: 1, OptimizationDirection.Minimize, new TpeOptions(Multivariate: true));
        var history = RandomHistory();

        var model = sampler.FitConditionalModel(Mixed, history);

        var withMomentum = history.Count(trial => trial.Parameters.ContainsKey("momentum"));
        var withBatchSize = history.Count(trial => trial.Parameters.ContainsKey("batchSize"));
        Assert.Equal(history.Count, Observations(model.Groups[0]));
        Assert.Equal(withMomentum, Observations(model.Groups[1]));
        Assert.Equal(withBatchSize, Observations(model.Groups[2]));
        Assert.Equal(history.Count, withMomentum + withBatchSize);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Suggest_AfterStartup_LeavesMomentumOutUnderAdam(bool multivariate)
    {
        var options = new TpeOptions(Multivariate: multivariate);
        var history = History();

        var suggestions = Enumerable.Range(0, 20)
            .Select(seed => new TpeSampler(seed, OptimizationDirection.Minimize, options)
                .Suggest(s_space, history).Parameters!)
            .ToList();

        Assert.All(suggestions, parameters => Assert.True(IsValid(s_space, parameters), parameters.ToString()));
        Assert.Equal(
            suggestions.Count(parameters => parameters["optimizer"].AsString() == "sgd"),
            suggestions.Count(parameters => parameters.ContainsKey("momentum")));
    }

    private static int Observations(TpeGroup group) => group.Good.Count + group.Bad.Count;

    // Trials 0 to 11 with value = number; even trials use sgd with momentum 0.6, 0.65, ..., odd ones adam.
    private static List<Trial> History() =>
        Enumerable.Range(0, 12)
            .Select(number => TrialHistory.Make(
                number,
                number % 2 == 0
                    ? TrialParameters.FromJson(string.Create(
                        CultureInfo.InvariantCulture,
                        $$"""{ "optimizer": "sgd", "momentum": {{0.6 + (0.025 * number)}} }"""))
                    : TrialParameters.FromJson("""{ "optimizer": "adam" }""")))
            .ToList();

    private static List<Trial> RandomHistory()
    {
        var sampler = new Core.Samplers.RandomSampler(seed: 12);
        var history = new List<Trial>();
        for (var number = 0; number < 30; number++)
        {
            TrialHistory.Append(history, sampler.Suggest(Mixed, history).Parameters!, TrialState.Complete);
        }

        return history;
    }

    private static double Truncated(double x, double mean, double deviation)
    {
        var mass = Normal.CDF(mean, deviation, 0.99) - Normal.CDF(mean, deviation, 0.5);
        return Normal.PDF(mean, deviation, x) / mass;
    }
}
