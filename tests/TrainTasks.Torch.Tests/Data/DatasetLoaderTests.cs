using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Specs;
using TrainTasks.Torch.Data;

namespace TrainTasks.Torch.Tests.Data;

public sealed class DatasetLoaderTests
{
    [Fact]
    public void LoadTrain_IdxSpec_ScalesPixelsToUnitRange()
    {
        var raw = TestData.Gunzip(TestData.FashionImages);

        var data = DatasetLoader.LoadTrain(TestData.FashionSpec());

        Assert.Equal(200, data.Count);
        Assert.Equal([1, 28, 28], data.FeatureShape);
        Assert.Equal(raw[16 + 400] / 255f, data.Features[400]);
        Assert.InRange(data.Features.Min(), 0f, 0f);
        Assert.InRange(data.Features.Max(), 0.99f, 1f);
    }

    [Fact]
    public void LoadTrain_TrainLimit_KeepsFirstRows()
    {
        var all = DatasetLoader.LoadTrain(TestData.FashionSpec());

        var limited = DatasetLoader.LoadTrain(TestData.FashionSpec(trainLimit: 50));

        Assert.Equal(50, limited.Count);
        Assert.Equal(all.Labels[..50], limited.Labels);
        Assert.Equal(all.Features[..(50 * 784)], limited.Features);
    }

    [Fact]
    public void LoadTest_NoTestFiles_ThrowsTT4032()
    {
        var spec = TestData.IrisSpec() with { Test = null };

        var error = Assert.Throws<TrainTasksException>(() => DatasetLoader.LoadTest(spec));

        Assert.Equal("TT4032", error.Diagnostic.Code);
    }

    [Fact]
    public void LoadTrain_UnknownFormat_ThrowsTT4030()
    {
        var spec = TestData.IrisSpec() with { Format = "parquet" };

        var error = Assert.Throws<TrainTasksException>(() => DatasetLoader.LoadTrain(spec));

        Assert.Equal("TT4030", error.Diagnostic.Code);
    }

    [Fact]
    public void LoadTrain_IdxWithoutLabels_ThrowsTT4031()
    {
        var spec = TestData.FashionSpec() with { Train = new DataFiles(Images: TestData.FashionImages) };

        var error = Assert.Throws<TrainTasksException>(() => DatasetLoader.LoadTrain(spec));

        Assert.Equal("TT4031", error.Diagnostic.Code);
    }

    [Fact]
    public void LoadTrain_LabelsOfOtherLength_ThrowsTT4015()
    {
        var labels = TestData.Gunzip(TestData.FashionLabels);
        labels[7] = 199;
        var shorter = TestData.WriteTemporary("labels", labels[..(8 + 199)]);
        var spec = TestData.FashionSpec() with { Train = new DataFiles(TestData.FashionImages, shorter) };

        var error = Assert.Throws<TrainTasksException>(() => DatasetLoader.LoadTrain(spec));

        Assert.Equal("TT4015", error.Diagnostic.Code);
        Assert.Contains("200 images", error.Diagnostic.Message);
        Assert.Contains("199 labels", error.Diagnostic.Message);
    }
}
