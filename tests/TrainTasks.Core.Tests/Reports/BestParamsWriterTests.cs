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
    public void Write_WithRefit_HoldsTheRefitMetrics()
    {
        var summary = ReportFixtures.Summary() with
        {
            RefitMetrics = new Dictionary<string, double> { ["train_accuracy"] = 0.97 },
        };

        using var document = JsonDocument.Parse(BestParamsWriter.Write(summary));

        var refit = document.RootElement.GetProperty("refit").GetProperty("metrics");
        Assert.Equal(0.97, refit.GetProperty("train_accuracy").GetDouble());
    }

    [Fact]
    public void Write_WithoutRefit_HasNoRefitSection()
    {
        using var document = JsonDocument.Parse(BestParamsWriter.Write(ReportFixtures.Summary()));

        Assert.False(document.RootElement.TryGetProperty("refit", out _));
    }

    [Fact]
    public void Write_SweepWithoutBest_Throws()
    {
        var summary = ReportFixtures.Summary() with { Best = null };

        Assert.Throws<ArgumentException>(() => BestParamsWriter.Write(summary));
    }
}
