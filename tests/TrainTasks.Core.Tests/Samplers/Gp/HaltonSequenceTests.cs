using TrainTasks.Core.Samplers;
using TrainTasks.Core.Samplers.Gp;

namespace TrainTasks.Core.Tests.Samplers.Gp;

public sealed class HaltonSequenceTests
{
    // 1 = 1₂ → 0.1₂; 6 = 110₂ → 0.011₂ = 3/8; 5 = 12₃ → 0.21₃ = 2/3 + 1/9.
    [Theory]
    [InlineData(1, 2, 0.5)]
    [InlineData(6, 2, 0.375)]
    [InlineData(5, 3, 7.0 / 9.0)]
    public void RadicalInverse_SmallIndexes_MirrorsTheDigits(long index, int radix, double expected)
    {
        var value = HaltonSequence.RadicalInverse(index, radix);

        Assert.Equal(expected, value, 1e-15);
    }

    [Fact]
    public void Points_AnySeed_LieInTheUnitCube()
    {
        var points = HaltonSequence.Points(count: 200, dimensions: 6, new SeededRandom(3));

        Assert.All(points, point => Assert.All(point, x => Assert.InRange(x, 0, 1)));
    }
}
