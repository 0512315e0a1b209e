using MathNet.Numerics;
using TrainTasks.Core.Samplers.Tpe;

namespace TrainTasks.Core.Tests.Samplers.Tpe;

public sealed class TruncatedNormalTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void LogMass_KernelsNearAndFarFromTheBounds_EqualsBothDistributionValuesInFull(int seed)
    {
        var random = new Random(seed);
        var (low, high) = (-5.0, 10.0);

        for (var index = 0; index < 20_000; index++)
        {
            var mean = low + (random.NextDouble() * (high - low));
            var deviation = (high - low) * Math.Pow(10, -3 * random.NextDouble());

            var logMass = TruncatedNormal.LogMass(mean, deviation, low, high);

            // Exactly the same bits: skipping a far tail must not change the mass at all.
            var expected = Math.Log(Cdf((high - mean) / deviation) - Cdf((low - mean) / deviation));
            Assert.Equal(expected, logMass);
        }
    }

    [Fact]
    public void LogDensity_ObservationAtTheMean_IsTheNormalPeakOverTheMass()
    {
        var logDensity = TruncatedNormal.LogDensity(x: 0.5, mean: 0.5, deviation: 1, low: 0, high: 1);

        Assert.Equal(Math.Log(1 / Math.Sqrt(2 * Math.PI) / (Cdf(0.5) - Cdf(-0.5))), logDensity, 12);
    }

    private static double Cdf(double z) => 0.5 * SpecialFunctions.Erfc(-z / Math.Sqrt(2));
}
