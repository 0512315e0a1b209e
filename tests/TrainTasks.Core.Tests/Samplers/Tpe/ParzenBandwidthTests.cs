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

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
