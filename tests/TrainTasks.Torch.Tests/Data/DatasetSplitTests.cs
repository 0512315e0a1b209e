using TrainTasks.Core.Diagnostics;
using TrainTasks.Torch.Data;

namespace TrainTasks.Torch.Tests.Data;

public sealed class DatasetSplitTests
{
    [Fact]
    public void Create_SameSeed_GivesSameSplit()
    {
        var first = DatasetSplit.Create(150, 0.2, seed: 7);

        var second = DatasetSplit.Create(150, 0.2, seed: 7);

        Assert.Equal(first.TrainRows, second.TrainRows);
        Assert.Equal(first.ValidationRows, second.ValidationRows);
    }

    [Fact]
    public void Create_OtherSeed_GivesOtherValidationRows()
    {
        var first = DatasetSplit.Create(150, 0.2, seed: 7);

        var second = DatasetSplit.Create(150, 0.2, seed: 8);

        Assert.NotEqual(first.ValidationRows.Order(), second.ValidationRows.Order());
    }

    [Fact]
    public void Create_AnySeed_SidesAreDisjointAndCoverEveryRow()
    {
        var split = DatasetSplit.Create(101, 0.25, seed: 3);

        Assert.Equal(25, split.ValidationRows.Length);
        Assert.Equal(76, split.TrainRows.Length);
        Assert.Empty(split.TrainRows.Intersect(split.ValidationRows));
        Assert.Equal(Enumerable.Range(0, 101), split.TrainRows.Concat(split.ValidationRows).Order());
    }

    [Theory]
    [InlineData(10, 0.0)]
    [InlineData(10, 1.0)]
    [InlineData(10, 0.01)]
    [InlineData(1, 0.5)]
    public void Create_SideWouldBeEmpty_ThrowsTT4033(int rows, double fraction)
    {
        var error = Assert.Throws<TrainTasksException>(() => DatasetSplit.Create(rows, fraction, seed: 1));

        Assert.Equal("TT4033", error.Diagnostic.Code);
    }
}
