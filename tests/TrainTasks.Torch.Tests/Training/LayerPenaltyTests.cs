using TorchSharp;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Training;
using TrainTasks.TestKit;
using TrainTasks.Torch.Data;
using TrainTasks.Torch.Models;
using TrainTasks.Torch.Native;
using TrainTasks.Torch.Training;

namespace TrainTasks.Torch.Tests.Training;

/// <summary>
/// A per-layer penalty names a weight layer of the model; a trial whose model lacks that layer
/// fails on its own (a sweep over depths goes on with the others), and leaves no tensor behind.
/// </summary>
public sealed class LayerPenaltyTests : IDisposable
{
    private readonly TorchTrainer _trainer = new();

    public void Dispose() => _trainer.Dispose();

    [Theory]
    [InlineData("mlp", "[8]", 4L)]
    [InlineData("mlp", "[8,4]", 4L)]
    [InlineData("mlp", "[]", 4L)]
    [InlineData("linear", "[8,4]", 4L)]
    [InlineData("cnn", "[8]", 1L)]
    public void Count_OfTheSpec_IsTheNumberOfWeightsOfTheBuiltModel(string architecture, string hidden, long channels)
    {
        TorchNativeLoader.EnsureLoaded();
        var sizes = System.Text.Json.JsonSerializer.Deserialize<int[]>(hidden)!;
        var options = new ModelOptions(architecture, sizes, "relu", 0.0, [4, 8]);
        int[] shape = architecture == "cnn" ? [(int)channels, 8, 8] : [4];
        using var model = ModelBuilder.Build(
            options, shape, classCount: 3, FeatureStatistics.Identity(shape.Aggregate(1, (a, b) => a * b)), 0f);

        var weights = model.named_parameters().Count(pair => pair.name.EndsWith("weight", StringComparison.Ordinal));

        Assert.Equal(WeightLayers.Count(architecture, sizes.Length), weights);
    }

    [Fact]
    public void Train_PenaltyOfALayerTheModelLacks_FailsTheTrialWithTT4056AndFreesEveryTensor()
    {
        var request = TrainingRequests.Iris(TrainingRequests.IrisParameters(("hidden", "[8]"), ("l2.2", 0.01)));
        _trainer.LoadData(request.Data);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;

        var error = Assert.Throws<TrialFailedException>(
            () => _trainer.Train(request, new RecordingReporter(), default));
        GC.Collect();
        GC.WaitForPendingFinalizers();

        Assert.Equal("TT4056", error.Code);
        Assert.Contains("it has 2 weight layer(s)", error.Message);
        Assert.Equal(before, DisposeScopeManager.Statistics.ThreadTotalLiveCount);
        Assert.False(File.Exists(Path.Combine(request.ArtifactDirectory, TorchTrainer.ModelFileName)));
    }

    [Fact]
    public void Train_PenaltyOfTheOutputLayerOfADeeperModel_TrainsAndShrinksThatLayer()
    {
        var plain = TrainingRequests.Iris(TrainingRequests.IrisParameters(("hidden", "[8,4]"), ("epochs", 5)));
        var penalized = TrainingRequests.Iris(
            TrainingRequests.IrisParameters(("hidden", "[8,4]"), ("epochs", 5), ("l2.2", 1.0)));

        _trainer.Train(plain, new RecordingReporter(), default);
        _trainer.Train(penalized, new RecordingReporter(), default);

        var (plainOutput, penalizedOutput) = (OutputWeightSum(plain), OutputWeightSum(penalized));
        Assert.True(penalizedOutput < plainOutput * 0.8, $"l2.2 = 1: {penalizedOutput} against {plainOutput}");
    }

    private static double OutputWeightSum(TrainingRequest request)
    {
        var path = Path.Combine(request.ArtifactDirectory, TorchTrainer.ModelFileName);
        using var model = ModelBuilder.Build(
            TrainingOptions.From(request.Parameters).Model, [4], classCount: 3, FeatureStatistics.Identity(4));
        model.load(path);
        using var output = model.named_parameters().Single(pair => pair.name == "output.weight").parameter.abs().sum();
        return output.item<float>();
    }
}
