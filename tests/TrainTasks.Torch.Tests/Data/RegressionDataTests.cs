using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Specs;
using TrainTasks.Torch.Data;

namespace TrainTasks.Torch.Tests.Data;

public sealed class RegressionDataTests
{
    [Fact]
    public void ReadRegression_DiabetesWithTargetsFile_Reads442RowsOf10Features()
    {
        var data = CsvTableReader.ReadRegression(TestData.DiabetesRaw, TestData.DiabetesTargets, new(Separator: ' '));

        Assert.Equal(442, data.Count);
        Assert.Equal([10], data.FeatureShape);
        Assert.Equal([59f, 2f, 32.1f, 101f, 157f, 93.2f, 38f, 4f, 4.8598f, 87f], data.Features[..10]);
        Assert.Equal(151f, data.Targets![0]);
        Assert.True(data.IsRegression);
    }

    [Fact]
    public void ReadRegression_TargetInLabelColumn_ParsesRealNumbers()
    {
        var table = TestData.WriteTemporary("table.csv", "x,y,target\n1,2,0.5\n3,4,-1.25\n");

        var data = CsvTableReader.ReadRegression(table, targetsPath: null, new(HeaderRows: 1));

        Assert.Equal([0.5f, -1.25f], data.Targets!);
        Assert.Equal([1f, 2f, 3f, 4f], data.Features);
    }

    [Fact]
    public void ReadRegression_TargetsFileShorterThanTable_FailsWithTT4055()
    {
        var targets = TestData.WriteTemporary("targets.txt", "1\n2\n");

        var error = Assert.Throws<TrainTasksException>(() =>
            CsvTableReader.ReadRegression(TestData.DiabetesRaw, targets, new(Separator: ' ')));

        Assert.Equal("TT4055", error.Diagnostic.Code);
    }

    [Fact]
    public void ReadRegression_TargetNotANumber_FailsWithTT4020()
    {
        var targets = TestData.WriteTemporary("targets.txt", "1\nabc\n");
        var table = TestData.WriteTemporary("table.csv", "1,2\n3,4\n");

        var error = Assert.Throws<TrainTasksException>(() =>
            CsvTableReader.ReadRegression(table, targets, new CsvOptions()));

        Assert.Equal("TT4020", error.Diagnostic.Code);
    }

    [Fact]
    public void Last_142Of442_HoldsOutTheLastRowsInFileOrder()
    {
        var split = DatasetSplit.Last(442, 142);

        Assert.Equal(Enumerable.Range(0, 300), split.TrainRows);
        Assert.Equal(Enumerable.Range(300, 142), split.ValidationRows);
    }

    [Fact]
    public void Last_AsManyRowsAsTheData_FailsWithTT4057()
    {
        var error = Assert.Throws<TrainTasksException>(() => DatasetSplit.Last(10, 10));

        Assert.Equal("TT4057", error.Diagnostic.Code);
    }
}
