using TrainTasks.Core.Samplers;
using TrainTasks.Core.Samplers.Sobol;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Samplers.Sobol;

[Trait("Category", "Benchmark")]
public sealed class SobolSamplerBenchmarkTests
{
    private const OptimizationDirection Minimize = OptimizationDirection.Minimize;

    private static readonly SearchSpace s_unitSquare = new([
        new FloatParameter("x", 0.0, 1.0),
        new FloatParameter("y", 0.0, 1.0),
    ]);

    [Fact]
    public void Suggest_AveragingASmoothFunction_ErrsFarLessThanRandom()
    {
        // The mean of x^2 + y over the unit square is 1/3 + 1/2. Independent draws err by about
        // sqrt((4/45 + 1/12) / 256) = 0.026; a scrambled net of 256 points errs by orders of
        // magnitude less on a smooth function, so a factor of 10 leaves a wide margin.
        const double exact = (1.0 / 3) + (1.0 / 2);

        var sobolError = RootMeanSquareError(seed => new SobolSampler(seed, Minimize, new SobolOptions()));
        var randomError = RootMeanSquareError(seed => new RandomSampler(seed));

        Assert.True(sobolError * 10 < randomError, $"Sobol {sobolError:G3}, random {randomError:G3}");

        double RootMeanSquareError(Func<int, ISampler> create) => Math.Sqrt(Enumerable.Range(0, 8)
            .Select(seed => Run(create(seed), s_unitSquare, count: 256)
                .Average(parameters => Math.Pow(parameters["x"].AsDouble(), 2) + parameters["y"].AsDouble()))
            .Average(mean => (mean - exact) * (mean - exact)));
    }

    private static List<TrialParameters> Run(ISampler sampler, SearchSpace space, int count)
    {
        var history = new List<Trial>();
        for (var i = 0; i < count; i++)
        {
            TrialHistory.Append(history, sampler.Suggest(space, history).Parameters!, TrialState.Complete);
        }

        return history.Select(trial => trial.Parameters).ToList();
    }
}
