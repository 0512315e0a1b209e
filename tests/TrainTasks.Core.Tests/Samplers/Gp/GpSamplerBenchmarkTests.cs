using TrainTasks.Core.Samplers;
using TrainTasks.Core.Samplers.Gp;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;
using TrainTasks.TestKit;

namespace TrainTasks.Core.Tests.Samplers.Gp;

[Trait("Category", "Benchmark")]
public sealed class GpSamplerBenchmarkTests
{
    private const double BraninMinimum = 0.397887;

    private static readonly SearchSpace s_branin = new([
        new FloatParameter("x1", -5, 10),
        new FloatParameter("x2", 0, 15),
    ]);

    [Fact]
    public void Suggest_BraninAfterFortyTrials_BeatsRandomSearch()
    {
        int[] seeds = [1, 2, 3];

        var gp = Median(seeds.Select(seed => BestOf(new GpSampler(seed, OptimizationDirection.Minimize))));
        var random = Median(seeds.Select(seed => BestOf(new RandomSampler(seed))));

        // Forty random points on Branin land about 0.5 to 2 above the minimum; thirty model-guided
        // trials after ten random ones should close most of that gap. Asking for the GP's median
        // regret to be under half of random search's, and under 0.05, leaves room for an unlucky seed
        // (seeds 1 to 3 measured GP regrets under 0.01 and random regrets of 0.004, 0.85 and 1.3).
        Assert.True(gp - BraninMinimum < 0.5 * (random - BraninMinimum), $"gp {gp}, random {random}");
        Assert.True(gp - BraninMinimum < 0.05, $"gp {gp}");
    }

    private static double BestOf(ISampler sampler) =>
        GpSamplerTests.Run(sampler, s_branin, count: 40, Branin).Min(trial => trial.Value!.Value);

    private static double Median(IEnumerable<double> values) => values.Order().ElementAt(1);

    private static double Branin(TrialParameters parameters) =>
        TestFunctions.Branin(parameters["x1"].AsDouble(), parameters["x2"].AsDouble());
}
