using TrainTasks.Core.Samplers;
using TrainTasks.Core.Samplers.Gp;

namespace TrainTasks.Core.Tests.Samplers.Gp;

public sealed class HyperparameterFitTests
{
    [Fact]
    public void Fit_SampleOfKnownLengthScale_RecoversItRoughly()
    {
        var (points, targets) = SampleFromPrior(lengthScale: 0.15, count: 40, seed: 11);

        var fitted = HyperparameterFit.Fit(points, targets, dimensions: 1, starts: 3, new SeededRandom(5));

        // One sample path pins a length scale down only to within a factor of about two.
        Assert.InRange(fitted.LengthScales[0], 0.075, 0.3);
    }

    [Fact]
    public void Objective_Gradient_MatchesFiniteDifferences()
    {
        var (points, targets) = SampleFromPrior(lengthScale: 0.3, count: 15, seed: 2);
        double[] at = [Math.Log(0.4), Math.Log(0.8), Math.Log(0.01)];

        var (_, gradient) = HyperparameterFit.Objective(points, targets, at);

        for (var j = 0; j < at.Length; j++)
        {
            var plus = (double[])at.Clone();
            var minus = (double[])at.Clone();
            plus[j] += 1e-5;
            minus[j] -= 1e-5;
            var numeric = (HyperparameterFit.Objective(points, targets, plus).Value
                - HyperparameterFit.Objective(points, targets, minus).Value) / 2e-5;
            Assert.Equal(numeric, gradient[j], 1e-4 * Math.Max(1, Math.Abs(numeric)));
        }
    }

    [Fact]
    public void Fit_EqualTargets_ReturnsFiniteHyperparameters()
    {
        List<double[]> points = [[0.1], [0.4], [0.9]];

        var fitted = HyperparameterFit.Fit(points, [0.0, 0.0, 0.0], dimensions: 1, starts: 2, new SeededRandom(1));

        Assert.True(double.IsFinite(fitted.LengthScales[0]));
        Assert.True(double.IsFinite(fitted.SignalVariance));
        Assert.True(double.IsFinite(fitted.NoiseVariance));
    }

    // A draw of the Matérn process itself, y = L u with u standard normal (Box–Muller).
    private static (List<double[]> Points, List<double> Targets) SampleFromPrior(
        double lengthScale,
        int count,
        int seed)
    {
        var random = new SeededRandom((ulong)seed);
        var points = Enumerable.Range(0, count).Select(index => new[] { (index + 0.5) / count }).ToList();
        var hyperparameters = new KernelHyperparameters([lengthScale], SignalVariance: 1, NoiseVariance: 1e-6);
        var factor = Cholesky.Factor(Matern52Kernel.Matrix(points, hyperparameters), count);
        var normals = Enumerable.Range(0, count)
            .Select(_ => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()))
                * Math.Cos(2 * Math.PI * random.NextDouble()))
            .ToArray();
        var targets = Enumerable.Range(0, count)
            .Select(i => Enumerable.Range(0, i + 1).Sum(k => factor[(i * count) + k] * normals[k]))
            .ToList();
        return (points, targets);
    }
}
