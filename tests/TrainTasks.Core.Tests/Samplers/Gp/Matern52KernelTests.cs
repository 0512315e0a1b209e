using TrainTasks.Core.Samplers;
using TrainTasks.Core.Samplers.Gp;

namespace TrainTasks.Core.Tests.Samplers.Gp;

public sealed class Matern52KernelTests
{
    // (1 + √5 r + 5r²/3) exp(−√5 r), evaluated separately in double precision.
    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 0.8286491424181253)]
    [InlineData(1.0, 0.5239941088318203)]
    [InlineData(2.0, 0.13866021913850426)]
    public void Value_OneDimension_MatchesClosedForm(double distance, double expected)
    {
        var hyperparameters = new KernelHyperparameters([1.0], SignalVariance: 1, NoiseVariance: 1e-6);

        var value = Matern52Kernel.Value([0.0], [distance], hyperparameters);

        Assert.Equal(expected, value, 1e-12);
    }

    [Fact]
    public void Value_TwoLengthScales_ScalesEachDimension()
    {
        // Offsets 0.3 and 0.4 over length scales 0.3 and 0.2 give r = √(1 + 4) = √5.
        var hyperparameters = new KernelHyperparameters([0.3, 0.2], SignalVariance: 2, NoiseVariance: 1e-6);

        var value = Matern52Kernel.Value([0.3, 0.0], [0.0, 0.4], hyperparameters);

        Assert.Equal(2 * 0.09657724032022495, value, 1e-12);
    }

    [Fact]
    public void Matrix_RandomPoints_IsSymmetricAndPositiveDefinite()
    {
        var random = new SeededRandom(7);
        var points = Enumerable.Range(0, 40)
            .Select(_ => new[] { random.NextDouble(), random.NextDouble(), random.NextDouble() })
            .ToList();
        var hyperparameters = new KernelHyperparameters([0.3, 0.5, 2.0], SignalVariance: 1.5, NoiseVariance: 1e-6);

        var matrix = Matern52Kernel.Matrix(points, hyperparameters);

        for (var i = 0; i < points.Count; i++)
        {
            for (var j = 0; j < points.Count; j++)
            {
                Assert.Equal(matrix[(i * points.Count) + j], matrix[(j * points.Count) + i]);
            }
        }

        Assert.NotNull(Cholesky.TryFactor(matrix, points.Count, jitter: 0));
    }

    [Fact]
    public void Factor_RepeatedPoints_GrowsJitterAndSucceeds()
    {
        var points = Enumerable.Repeat(new[] { 0.5 }, 5).ToList();
        var hyperparameters = new KernelHyperparameters([0.5], SignalVariance: 1, NoiseVariance: 0);

        var factor = Cholesky.Factor(Matern52Kernel.Matrix(points, hyperparameters), points.Count);

        Assert.All(factor, value => Assert.True(double.IsFinite(value)));
    }
}
