using System.Text.Json;
using TrainTasks.Core.Reports;

namespace TrainTasks.Core.Tests.Reports;

public sealed class BestParamsWriterTests
{
    [Fact]
    public void Write_SweepWithBest_HoldsParamsValueAndTestAccuracy()
    {
        var summary = ReportFixtures.Summary();

        using var document = JsonDocument.Parse(BestParamsWriter.Write(summary));

        var root = document.RootElement;
        Assert.Equal(0.9, root.GetProperty("value").GetDouble());
        Assert.Equal(0.05, root.GetProperty("params").GetProperty("learningRate").GetDouble());
        Assert.Equal(2, root.GetProperty("params").GetProperty("hidden").GetArrayLength());
        Assert.Equal(0.875, root.GetProperty("metrics").GetProperty("test_accuracy").GetDouble());
        Assert.Equal(3, root.GetProperty("effectiveParams").GetProperty("epochs").GetInt32());
        Assert.Equal(1, root.GetProperty("trial").GetInt32());
        Assert.Equal(1, root.GetProperty("trials").GetProperty("failed").GetInt32());
        Assert.Equal(1, root.GetProperty("trials").GetProperty("fromCache").GetInt32());
    }

    [Fact]
    public void Write_SweepWithoutBest_Throws()
    {
        var summary = ReportFixtures.Summary() with { Best = null };

        Assert.Throws<ArgumentException>(() => BestParamsWriter.Write(summary));
    }
}
