using TrainTasks.Core.Samplers.Tpe;

namespace TrainTasks.Core.Tests.Samplers.Tpe;

public sealed class ParzenBandwidthTests
{
    [Fact]
    public void NeighbourDistance_SpreadObservations_TakesTheLargerGapThenClips()
    {
        double[] observations = [0.1, 0.3, 0.8, 0.85];

        var widths = ParzenBandwidth.NeighbourDistance(observations, low: 0, high: 1);

        // Sorted 0.1, 0.3, 0.8, 0.85: the outer two see only their inner neighbour (0.2 and 0.05),
        // the inner two the larger of their gaps (0.5 each); the minimum is 1 / (4 + 2).
        Assert.Equal([0.2, 0.5, 0.5, 1.0 / 6], widths, new ToleranceComparer(1e-12));
    }

    [Fact]
    public void NeighbourDistance_EqualObservations_TakeTheFartherBound()
    {
        double[] observations = [2, 2, 2];

        var widths = ParzenBandwidth.NeighbourDistance(observations, low: 0, high: 10);

        // No point differs from 2, so there is no neighbour; the bounds are 2 and 8 away.
        Assert.Equal([8.0, 8.0, 8.0], widths);
    }

    [Fact]
    public void NeighbourDistance_ClusterOfRepeats_IsAsWideAsItsGapToTheRest()
    {
        double[] observations = [0.6, 0.2, 0.2, 0.9];

        var widths = ParzenBandwidth.NeighbourDistance(observations, low: 0, high: 1);

        // The run of 0.2 has no point below and 0.6 above; 0.6 has 0.4 below and 0.3 above.
        Assert.Equal([0.4, 0.4, 0.4, 0.3], widths, new ToleranceComparer(1e-12));
    }

    [Fact]
    public void NeighbourDistance_ManyCloseObservations_ClipsAtTheMagicMinimum()
    {
        var observations = Enumerable.Range(0, 200).Select(index => 0.5 + (index * 1e-6)).ToArray();

        var widths = ParzenBandwidth.NeighbourDistance(observations, low: 0, high: 1);

        Assert.Equal(0.01, widths[100], 12);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(5, 1)]
    [InlineData(2, 10)]
    [InlineData(3, 300)]
    [InlineData(4, 1000)]
    public void NeighbourDistance_RandomObservationsWithRepeats_EqualsTheScanOfEveryPoint(int seed, int count)
    {
        var random = new Random(seed);
        var (low, high) = (-3.0, 7.0);
        // Values on a coarse grid repeat, and the grid holds both bounds.
        var observations = Enumerable.Range(0, count)
            .Select(_ => random.Next(3) == 0 ? low + random.Next(41) * 0.25 : low + (random.NextDouble() * 10))
            .ToArray();

        var widths = ParzenBandwidth.NeighbourDistance(observations, low, high);

        Assert.Equal(BruteForceWidths(observations, low, high), widths);
    }

    [Fact]
    public void NeighbourDistance_ClipScale_LowersOnlyTheFloor()
    {
        double[] observations = [0.1, 0.12, 0.5, 0.51, 0.9];

        var reference = ParzenBandwidth.NeighbourDistance(observations, low: 0, high: 1);
        var finer = ParzenBandwidth.NeighbourDistance(observations, low: 0, high: 1, clipScale: 3);

        // Gaps: 0.1 and 0.12 are 0.02 apart (0.38 to 0.5 on the right of 0.12), 0.5 and 0.51 are
        // 0.01 apart with 0.38 and 0.39 beyond. The reference floor 1/7 lifts 0.1's width of 0.02;
        // with scale 3 the floor is 1/21, still above 0.02. Widths above both floors do not move.
        Assert.Equal([1.0 / 7, 0.38, 0.38, 0.39, 0.39], reference, new ToleranceComparer(1e-12));
        Assert.Equal([1.0 / 21, 0.38, 0.38, 0.39, 0.39], finer, new ToleranceComparer(1e-12));
    }

    [Theory]
    [InlineData(10, 1, 1.0 / 12)]
    [InlineData(10, 3, 1.0 / 36)]
    [InlineData(40, 3, 1.0 / 100)]
    [InlineData(200, 1, 1.0 / 100)]
    public void Minimum_IsTheRangeOverTheScaledCountCappedAtOneHundred(int count, double scale, double expected)
    {
        Assert.Equal(expected, ParzenBandwidth.Minimum(range: 1, count, scale), 15);
    }

    // The rule as stated, one full scan per observation: the nearest other value below and above,
    // the larger of the gaps to those that exist, the farther bound when neither does, then the clip.
    private static double[] BruteForceWidths(double[] observations, double low, double high)
    {
        var minimum = (high - low) / Math.Min(100, observations.Length + 2);
        return observations.Select(value =>
        {
            var below = observations.Where(point => point < value).Select(point => value - point)
                .DefaultIfEmpty(-1).Min();
            var above = observations.Where(point => point > value).Select(point => point - value)
                .DefaultIfEmpty(-1).Min();
            var gap = below < 0 && above < 0 ? Math.Max(value - low, high - value) : Math.Max(below, above);
            return Math.Clamp(gap, minimum, high - low);
        }).ToArray();
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
