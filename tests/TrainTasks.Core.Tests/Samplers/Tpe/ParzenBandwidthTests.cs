using TrainTasks.Core.Samplers.Tpe;

namespace TrainTasks.Core.Tests.Samplers.Tpe;

public sealed class ParzenBandwidthTests
{
    [Fact]
    public void NeighbourDistance_SpreadObservations_TakesTheLargerGapThenClips()
    {
        double[] observations = [0.1, 0.3, 0.8];

        var widths = ParzenBandwidth.NeighbourDistance(observations, low: 0, high: 1);

        // With the prior mean 0.5 the sorted points are 0.1, 0.3, 0.5, 0.8 inside [0, 1]: the larger
        // gaps are 0.2, 0.2 and 0.3; the minimum is 1 / (1 + 3) = 0.25.
        Assert.Equal([0.25, 0.25, 0.3], widths, new ToleranceComparer(1e-12));
    }

    [Fact]
    public void NeighbourDistance_EqualObservations_UsesTheGapsBeyondTheCluster()
    {
        double[] observations = [2, 2, 2];

        var widths = ParzenBandwidth.NeighbourDistance(observations, low: 0, high: 10);

        // Nearest points strictly below and above 2 are the bound 0 and the prior mean 5.
        Assert.Equal([3.0, 3.0, 3.0], widths);
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
    [InlineData(2, 10)]
    [InlineData(3, 300)]
    [InlineData(4, 1000)]
    public void NeighbourDistance_RandomObservationsWithRepeats_EqualsTheScanOfEveryPoint(int seed, int count)
    {
        var random = new Random(seed);
        var (low, high) = (-3.0, 7.0);
        // Values on a coarse grid repeat, and the grid holds both bounds and the prior mean 2.
        var observations = Enumerable.Range(0, count)
            .Select(_ => random.Next(3) == 0 ? low + random.Next(41) * 0.25 : low + (random.NextDouble() * 10))
            .ToArray();

        var widths = ParzenBandwidth.NeighbourDistance(observations, low, high);

        Assert.Equal(BruteForceWidths(observations, low, high), widths);
    }

    // The rule as stated, one full scan per observation: the nearest point strictly below and above
    // among the observations and the prior mean, the bounds where there is none, then the clip.
    private static double[] BruteForceWidths(double[] observations, double low, double high)
    {
        var points = observations.Append((low + high) / 2).ToArray();
        var minimum = (high - low) / Math.Min(100, 1 + observations.Length);
        return observations.Select(value =>
        {
            var below = points.Where(point => point < value).DefaultIfEmpty(low).Max();
            var above = points.Where(point => point > value).DefaultIfEmpty(high).Min();
            return Math.Clamp(Math.Max(value - below, above - value), minimum, high - low);
        }).ToArray();
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
