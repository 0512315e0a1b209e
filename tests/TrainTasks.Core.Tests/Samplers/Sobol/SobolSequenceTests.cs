using TrainTasks.Core.Samplers.Sobol;

namespace TrainTasks.Core.Tests.Samplers.Sobol;

public sealed class SobolSequenceTests
{
    // Worked by hand from the direction numbers in Gray-code order: point i is the XOR of v_k
    // over the set bits k of i ^ (i >> 1). Dimension 1: v_k = 2^-k. Dimension 2 (degree 1):
    // v = 0.1, 0.11, 0.101 in binary. Dimension 3 (degree 2, a = 1, m = 1, 3): v = 0.1, 0.11, 0.011.
    [Theory]
    [InlineData(0, new[] { 0, 0.5, 0.75, 0.25, 0.375, 0.875, 0.625, 0.125 })]
    [InlineData(1, new[] { 0, 0.5, 0.25, 0.75, 0.375, 0.875, 0.125, 0.625 })]
    [InlineData(2, new[] { 0, 0.5, 0.25, 0.75, 0.625, 0.125, 0.875, 0.375 })]
    public void PointAt_Unscrambled_FirstEightMatchTheDirectionNumbers(int dimension, double[] expected)
    {
        var sequence = new SobolSequence(dimensions: 3, scrambleSeed: null);

        var actual = Enumerable.Range(0, 8).Select(index => sequence.PointAt(index)[dimension]);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void DirectionNumbers_FourthDimension_FollowTheRecurrence()
    {
        // Degree 3, a = 1 (a_1 = 0, a_2 = 1), m = 1, 3, 1; then m_4 = 4 m_2 ^ 8 m_1 ^ m_1 = 5.
        var expected = new[] { 0x8000_0000u, 0xC000_0000u, 0x2000_0000u, 0x5000_0000u };

        var actual = JoeKuoDirectionNumbers.For(dimension: 3, bits: 4);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void PointAt_Unscrambled_NinthPointUsesTheFourthDirectionNumber()
    {
        var sequence = new SobolSequence(dimensions: 4, scrambleSeed: null);

        var point = sequence.PointAt(8);

        // Gray code of 8 is 12, so each coordinate is v_3 ^ v_4, in binary: 0.001 ^ 0.0001,
        // 0.101 ^ 0.1111 (m_4 = 2 m_3 ^ m_3 = 15), 0.011 ^ 0.1001 (m_4 = 2 m_3 ^ 4 m_2 ^ m_2 = 9)
        // and 0.001 ^ 0.0101.
        Assert.Equal([0.1875, 0.3125, 0.9375, 0.4375], point);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(77)]
    public void PointAt_Scrambled_EveryCoordinateIsInTheUnitInterval(int seed)
    {
        var sequence = new SobolSequence(SobolSequence.MaxDimensions, seed);

        var coordinates = Enumerable.Range(0, 512).SelectMany(index => sequence.PointAt(index)).ToList();

        Assert.All(coordinates, coordinate => Assert.InRange(coordinate, 0.0, Math.BitDecrement(1.0)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(5)]
    [InlineData(123_456)]
    public void PointAt_FirstPowerOfTwoPoints_FillEveryIntervalOfEachDimension(int? seed)
    {
        var sequence = new SobolSequence(SobolSequence.MaxDimensions, seed);
        var points = Enumerable.Range(0, 1024).Select(index => sequence.PointAt(index)).ToList();

        for (var bits = 1; bits <= 10; bits++)
        {
            var count = 1 << bits;
            for (var dimension = 0; dimension < sequence.Dimensions; dimension++)
            {
                var cells = points.Take(count).Select(point => (int)(point[dimension] * count)).ToHashSet();

                Assert.Equal(count, cells.Count);
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData(9)]
    public void PointAt_FirstTwoDimensions_FormANet(int? seed)
    {
        // The first two dimensions are a (0, 8, 2)-net: each box of 2^-a by 2^-(8 - a) holds one
        // of the first 256 points, for every a from 0 to 8.
        var sequence = new SobolSequence(dimensions: 2, seed);
        var points = Enumerable.Range(0, 256).Select(index => sequence.PointAt(index)).ToList();

        for (var across = 0; across <= 8; across++)
        {
            var boxes = points
                .Select(point => ((int)(point[0] * (1 << across)), (int)(point[1] * (1 << (8 - across)))))
                .ToHashSet();

            Assert.Equal(256, boxes.Count);
        }
    }

    [Fact]
    public void PointAt_SameSeed_GivesTheSamePoints()
    {
        var first = new SobolSequence(dimensions: 6, scrambleSeed: 3);
        var second = new SobolSequence(dimensions: 6, scrambleSeed: 3);

        var firstPoints = Enumerable.Range(0, 16).SelectMany(index => first.PointAt(index));
        var secondPoints = Enumerable.Range(0, 16).SelectMany(index => second.PointAt(index));

        Assert.Equal(firstPoints, secondPoints);
    }

    [Fact]
    public void PointAt_DifferentSeeds_GiveDifferentPoints()
    {
        var first = new SobolSequence(dimensions: 6, scrambleSeed: 3);
        var second = new SobolSequence(dimensions: 6, scrambleSeed: 4);

        var firstPoint = first.PointAt(0);
        var secondPoint = second.PointAt(0);

        Assert.NotEqual(firstPoint, secondPoint);
    }

    [Fact]
    public void PointAt_IndexBeyondTheSequence_Throws()
    {
        var sequence = new SobolSequence(dimensions: 1, scrambleSeed: null);

        var act = () => sequence.PointAt(1L << SobolSequence.Bits);

        Assert.Throws<ArgumentOutOfRangeException>(act);
    }
}
