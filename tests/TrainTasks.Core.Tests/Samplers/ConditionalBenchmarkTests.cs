using System.Globalization;
using TrainTasks.Core.Samplers;
using TrainTasks.Core.Samplers.Gp;
using TrainTasks.Core.Samplers.Tpe;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;
using Xunit.Abstractions;
using static TrainTasks.Core.Tests.SearchSpaces.ConditionalSpaces;

namespace TrainTasks.Core.Tests.Samplers;

/// <summary>
/// The model-based samplers on a conditional problem shaped like a real choice of optimizer:
/// the best configuration needs the right branch and the right values of that branch's own
/// parameters.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class ConditionalBenchmarkTests(ITestOutputHelper output)
{
    private const int TrialCount = 60;

    private static readonly int[] s_seeds = [1, 2, 3, 4, 5, 6, 7];

    [Theory]
    [InlineData("tpe")]
    [InlineData("tpe-multivariate")]
    [InlineData("gp")]
    public void Suggest_Optimizers60Trials_MedianBestBeatsRandomSearch(string strategy)
    {
        var model = Median(s_seeds.Select(seed => BestOf(Create(strategy, seed))));
        var random = Median(s_seeds.Select(seed => BestOf(new RandomSampler(seed))));

        // The minimum is 0 (sgd, learning rate 0.01, momentum 0.9); adam's branch cannot go below
        // 0.3. On these seeds random search's median best was 0.027, TPE's 0.0017 (univariate)
        // and 0.0025 (multivariate), GP's below 0.0001. The margin (a quarter of random search's)
        // catches a model that stops guiding the search inside a branch, not a fine ranking; the
        // seeds are fixed, so the test cannot flake.
        var json = string.Create(
            CultureInfo.InvariantCulture,
            $"{{ \"strategy\": \"{strategy}\", \"trials\": {TrialCount}, \"medianBest\": {model:F6}, "
                + $"\"randomMedianBest\": {random:F6} }}");
        output.WriteLine(json);
        Assert.True(model < random / 4, $"{strategy} {model}, random {random}");
    }

    private static ISampler Create(string strategy, int seed) => strategy switch
    {
        "gp" => new GpSampler(seed, OptimizationDirection.Minimize),
        _ => new TpeSampler(
            seed,
            OptimizationDirection.Minimize,
            new TpeOptions(Multivariate: strategy == "tpe-multivariate")),
    };

    private static double BestOf(ISampler sampler)
    {
        var history = new List<Trial>();
        for (var index = 0; index < TrialCount; index++)
        {
            var parameters = sampler.Suggest(Mixed, history).Parameters!;
            history.Add(TrialHistory.Make(index, parameters) with { Value = Objective(parameters) });
        }

        return history.Min(trial => trial.Value!.Value);
    }

    // sgd: (log10 lr + 2)^2 + 4 (momentum - 0.9)^2; adagrad the same plus 0.5; adam:
    // 0.3 + (log10 lr + 3)^2 + (log2 batch - 6)^2 / 16.
    private static double Objective(TrialParameters parameters)
    {
        var rate = Math.Log10(parameters["learningRate"].AsDouble());
        if (parameters["optimizer"].AsString() == "adam")
        {
            var batch = Math.Log2(parameters["batchSize"].AsDouble()) - 6;
            return 0.3 + ((rate + 3) * (rate + 3)) + (batch * batch / 16);
        }

        var momentum = parameters["momentum"].AsDouble() - 0.9;
        var offset = parameters["optimizer"].AsString() == "sgd" ? 0 : 0.5;
        return offset + ((rate + 2) * (rate + 2)) + (4 * momentum * momentum);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
