using TrainTasks.Core.Samplers;
using TrainTasks.Core.Samplers.Tpe;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;
using Xunit.Abstractions;
using TrainTasks.TestKit;

namespace TrainTasks.Core.Tests.Samplers.Tpe;

[Trait("Category", "Benchmark")]
public sealed class TpeBenchmarkTests(ITestOutputHelper output)
{
    private const int TrialCount = 60;

    private const double BraninMinimum = 0.397887;

    private static readonly int[] s_seeds = [1, 2, 3, 4, 5];

    private static readonly SearchSpace s_branin = new([
        new FloatParameter("x1", -5, 10),
        new FloatParameter("x2", 0, 15),
    ]);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Suggest_Branin60Trials_MedianBestBeatsRandomSearch(bool multivariate)
    {
        var options = new TpeOptions(Multivariate: multivariate);

        var tpe = Median(s_seeds.Select(seed => BestOf(new TpeSampler(seed, OptimizationDirection.Minimize, options))));
        var random = Median(s_seeds.Select(seed => BestOf(new RandomSampler(seed))));

        // Branin's minimum is 0.397887. With 60 trials in two dimensions random search already ends
        // within about 1 of it, and both samplers share their first 10 trials, so the gap is modest:
        // on other seed sets (6-10, 11-15, 21-25) TPE's median was lower each time, but by 0.001 to
        // 0.5. These seeds are fixed, so the test cannot flake; the margin (TPE's excess over the
        // minimum at most two thirds of random search's) is there to catch a model that stops
        // guiding the search, not to rank TPE finely.
        output.WriteLine($"median best: tpe {tpe:F4}, random {random:F4}");
        Assert.True(tpe - BraninMinimum < (random - BraninMinimum) * 2 / 3, $"tpe {tpe}, random {random}");
    }

    private static double BestOf(ISampler sampler)
    {
        var history = new List<Trial>();
        for (var index = 0; index < TrialCount; index++)
        {
            var parameters = sampler.Suggest(s_branin, history).Parameters!;
            history.Add(TrialHistory.Make(index, parameters) with { Value = Branin(parameters) });
        }

        return history.Min(trial => trial.Value!.Value);
    }

    private static double Branin(TrialParameters parameters) =>
        TestFunctions.Branin(parameters["x1"].AsDouble(), parameters["x2"].AsDouble());

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
