using TrainTasks.Core.Samplers.Tpe;

namespace TrainTasks.Core.Tests.Samplers.Tpe;

public sealed class ParzenWeightTests
{
    [Fact]
    public void ObservationWeights_TwentyFiveOrFewer_AreAllOne()
    {
        var weights = ParzenEstimator.ObservationWeights(25);

        Assert.All(weights, weight => Assert.Equal(1.0, weight));
    }

    [Fact]
    public void ObservationWeights_Thirty_RampFromOneThirtiethOverTheOldestFive()
    {
        var weights = ParzenEstimator.ObservationWeights(30);

        var step = (1 - (1.0 / 30)) / 4;
        Assert.Equal(
            [1.0 / 30, (1.0 / 30) + step, (1.0 / 30) + (2 * step), (1.0 / 30) + (3 * step), 1.0],
            weights[..5],
            new ToleranceComparer(1e-12));
        Assert.All(weights[5..], weight => Assert.Equal(1.0, weight));
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double value) => 0;
    }
}
