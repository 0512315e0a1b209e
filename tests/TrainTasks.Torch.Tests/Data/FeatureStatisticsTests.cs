using TrainTasks.Torch.Data;

namespace TrainTasks.Torch.Tests.Data;

public sealed class FeatureStatisticsTests
{
    [Fact]
    public void Compute_ChosenRows_UsesOnlyThoseRows()
    {
        float[] features = [1, 10, 3, 10, 100, 7];
        var data = new Dataset(features, [0, 1, 0], [2]);

        var statistics = FeatureStatistics.Compute(data, [0, 1]);

        Assert.Equal([2f, 10f], statistics.Mean);
        Assert.Equal(1f, statistics.StandardDeviation[0]);
        Assert.Equal(1f, statistics.StandardDeviation[1]);
    }

    [Fact]
    public void Compute_SpreadFeature_GivesPopulationDeviation()
    {
        float[] features = [2, 4, 4, 4, 5, 5, 7, 9];
        var data = new Dataset(features, new long[8], [1]);

        var statistics = FeatureStatistics.Compute(data, Enumerable.Range(0, 8).ToArray());

        Assert.Equal(5f, statistics.Mean[0]);
        Assert.Equal(2f, statistics.StandardDeviation[0], precision: 5);
    }
}
