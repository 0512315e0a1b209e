using TrainTasks.Core.Samplers;
using TrainTasks.Core.Samplers.Gp;

namespace TrainTasks.Core.Tests.Samplers.Gp;

public sealed class GaussianProcessTests
{
    private static readonly KernelHyperparameters s_hyperparameters =
        new([0.3, 0.4], SignalVariance: 1, NoiseVariance: 1e-6);

    [Fact]
    public void Predict_AtTrainingPoints_InterpolatesWithNearZeroVariance()
    {
        var (points, targets) = Sample(count: 12, seed: 3);
        var process = new GaussianProcess(points, targets, s_hyperparameters);

        var predictions = points.Select(process.Predict).ToList();

        for (var i = 0; i < points.Count; i++)
        {
            Assert.Equal(targets[i], predictions[i].Mean, 1e-3);
            Assert.InRange(predictions[i].Variance, 0, 1e-4);
        }
    }

    [Fact]
    public void Predict_FarFromData_ReturnsThePrior()
    {
        var (points, targets) = Sample(count: 5, seed: 4);
        var process = new GaussianProcess(
            points.Select(point => point.Select(x => x * 0.1).ToArray()).ToList(),
            targets,
            s_hyperparameters);

        var (mean, variance) = process.Predict([50.0, 50.0]);

        Assert.Equal(0, mean, 1e-9);
        Assert.Equal(1, variance, 1e-9);
    }

    [Fact]
    public void LogMarginalLikelihood_OnePoint_MatchesNormalDensity()
    {
        // One observation y with variance s + noise: log N(y; 0, s + noise).
        var variance = 1 + 1e-6;

        var process = new GaussianProcess([[0.5, 0.5]], [0.8], s_hyperparameters);

        var expected = (-0.5 * 0.8 * 0.8 / variance) - (0.5 * Math.Log(2 * Math.PI * variance));
        Assert.Equal(expected, process.LogMarginalLikelihood, 1e-12);
    }

    private static (List<double[]> Points, List<double> Targets) Sample(int count, int seed)
    {
        var random = new SeededRandom((ulong)seed);
        var points = Enumerable.Range(0, count)
            .Select(_ => new[] { random.NextDouble(), random.NextDouble() })
            .ToList();
        var targets = points.Select(point => Math.Sin(6 * point[0]) + (point[1] * point[1])).ToList();
        return (points, targets);
    }
}
