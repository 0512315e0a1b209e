using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Training;
using TrainTasks.TestKit;
using TrainTasks.Torch.Training;

namespace TrainTasks.Torch.Tests.Training;

public sealed class TorchTrainerTests : IDisposable
{
    private readonly TorchTrainer _trainer = new();

    public void Dispose() => _trainer.Dispose();

    [Fact]
    public void Train_IrisMlp_LossFallsAndValidationAccuracyAbovePointEight()
    {
        var reporter = new RecordingReporter();

        var result = _trainer.Train(TrainingRequests.Iris(TrainingRequests.IrisParameters()), reporter, default);

        Assert.Equal(Enumerable.Range(1, 15), reporter.Epochs.Select(epoch => epoch.Epoch));
        Assert.True(reporter.Epochs[^1].Metrics["train_loss"] < reporter.Epochs[0].Metrics["train_loss"] * 0.5);
        Assert.True(result.Metrics["val_accuracy"] > 0.8, $"val_accuracy {result.Metrics["val_accuracy"]}");
        Assert.Equal(reporter.Epochs[^1].Metrics, result.Metrics);
    }

    [Fact]
    public void Train_UseAllRows_ReportsTrainingMetricsOnlyAndDiffersFromTheSplitRun()
    {
        var split = TrainingRequests.Iris(TrainingRequests.IrisParameters(("epochs", 3)));
        var all = split with { UseAllRows = true, ArtifactDirectory = TestPaths.NewTemporaryDirectory() };

        var splitResult = _trainer.Train(split, new RecordingReporter(), default);
        var allResult = _trainer.Train(all, new RecordingReporter(), default);

        Assert.Equal(["train_accuracy", "train_loss"], allResult.Metrics.Keys.Order());
        Assert.NotEqual(splitResult.Metrics["train_loss"], allResult.Metrics["train_loss"]);
    }

    [Fact]
    public void Train_IrisMlp_ReportsParameterCountOfLayers()
    {
        var result = _trainer.Train(
            TrainingRequests.Iris(TrainingRequests.IrisParameters(("epochs", 1))), new RecordingReporter(), default);

        Assert.Equal((4 * 16) + 16 + (16 * 3) + 3, result.ParameterCount);
        Assert.Equal(TorchTrainer.ModelFileName, result.ModelFileName);
    }

    [Theory]
    [InlineData("sgd", 0.1)]
    [InlineData("adam", 0.01)]
    [InlineData("adagrad", 0.1)]
    public void Train_EachOptimizer_LossFalls(string optimizer, double learningRate)
    {
        var parameters = TrainingRequests.IrisParameters(
            ("optimizer", optimizer), ("learningRate", learningRate), ("momentum", optimizer == "sgd" ? 0.9 : 0));
        var reporter = new RecordingReporter();

        var result = _trainer.Train(TrainingRequests.Iris(parameters), reporter, default);

        Assert.True(reporter.Epochs[^1].Metrics["train_loss"] < reporter.Epochs[0].Metrics["train_loss"]);
        Assert.True(result.Metrics["val_accuracy"] > 0.7, $"{optimizer}: {result.Metrics["val_accuracy"]}");
    }

    [Fact]
    public void Train_SameRequestTwice_WritesByteIdenticalModels()
    {
        var parameters = TrainingRequests.IrisParameters(("dropout", 0.2), ("epochs", 3));
        var first = TrainingRequests.Iris(parameters);
        var second = first with { ArtifactDirectory = first.ArtifactDirectory + "-again" };

        _trainer.Train(first, new RecordingReporter(), default);
        using var fresh = new TorchTrainer();
        fresh.Train(second, new RecordingReporter(), default);

        var firstBytes = File.ReadAllBytes(Path.Combine(first.ArtifactDirectory, TorchTrainer.ModelFileName));
        Assert.True(firstBytes.Length > 0);
        Assert.Equal(firstBytes, File.ReadAllBytes(Path.Combine(second.ArtifactDirectory, TorchTrainer.ModelFileName)));
    }

    [Fact]
    public void Train_OtherSeed_WritesOtherModel()
    {
        var parameters = TrainingRequests.IrisParameters(("epochs", 1));
        var first = TrainingRequests.Iris(parameters, seed: 1);
        var second = TrainingRequests.Iris(parameters, seed: 2);

        _trainer.Train(first, new RecordingReporter(), default);
        _trainer.Train(second, new RecordingReporter(), default);

        Assert.NotEqual(
            File.ReadAllBytes(Path.Combine(first.ArtifactDirectory, TorchTrainer.ModelFileName)),
            File.ReadAllBytes(Path.Combine(second.ArtifactDirectory, TorchTrainer.ModelFileName)));
    }

    [Fact]
    public void Train_L1Penalty_ShrinksWeights()
    {
        var plain = TrainingRequests.Iris(TrainingRequests.IrisParameters());
        var penalized = TrainingRequests.Iris(TrainingRequests.IrisParameters(("l1", 0.01)));

        _trainer.Train(plain, new RecordingReporter(), default);
        _trainer.Train(penalized, new RecordingReporter(), default);

        var plainSum = SavedModels.AbsoluteWeightSum(plain);
        var penalizedSum = SavedModels.AbsoluteWeightSum(penalized);
        Assert.True(penalizedSum < plainSum * 0.8, $"L1 {penalizedSum} vs none {plainSum}");
    }

    [Fact]
    public void Train_WeightDecay_ShrinksWeights()
    {
        var plain = TrainingRequests.Iris(TrainingRequests.IrisParameters(("optimizer", "sgd"), ("learningRate", 0.1)));
        var decayed = TrainingRequests.Iris(
            TrainingRequests.IrisParameters(("optimizer", "sgd"), ("learningRate", 0.1), ("weightDecay", 0.05)));

        _trainer.Train(plain, new RecordingReporter(), default);
        _trainer.Train(decayed, new RecordingReporter(), default);

        Assert.True(SavedModels.AbsoluteWeightSum(decayed) < SavedModels.AbsoluteWeightSum(plain));
    }

    [Fact]
    public void Train_HugeLearningRate_ThrowsTrialFailedNamingEpochAndBatch()
    {
        var parameters = TrainingRequests.IrisParameters(("optimizer", "sgd"), ("learningRate", 1e6));

        var error = Assert.Throws<TrialFailedException>(
            () => _trainer.Train(TrainingRequests.Iris(parameters), new RecordingReporter(), default));

        Assert.Matches(@"^epoch \d+, batch \d+: the training loss is", error.Message);
    }

    [Fact]
    public void Train_CancelledAfterFirstEpoch_ThrowsAndStops()
    {
        using var cancellation = new CancellationTokenSource();
        var reporter = new RecordingReporter(_ => cancellation.Cancel());

        Assert.ThrowsAny<OperationCanceledException>(() => _trainer.Train(
            TrainingRequests.Iris(TrainingRequests.IrisParameters()), reporter, cancellation.Token));

        Assert.Single(reporter.Epochs);
    }

    [Fact]
    public void Train_BadParameter_ThrowsTT4040()
    {
        var parameters = TrainingRequests.IrisParameters(("optimizer", "rmsprop"));

        var error = Assert.Throws<TrainTasksException>(
            () => _trainer.Train(TrainingRequests.Iris(parameters), new RecordingReporter(), default));

        Assert.Equal("TT4040", error.Diagnostic.Code);
    }

    [Fact]
    public void Train_CnnOnTable_ThrowsTT4041()
    {
        var parameters = TrainingRequests.IrisParameters(("architecture", "cnn"));

        var error = Assert.Throws<TrainTasksException>(
            () => _trainer.Train(TrainingRequests.Iris(parameters), new RecordingReporter(), default));

        Assert.Equal("TT4041", error.Diagnostic.Code);
    }

    [Fact]
    public void Train_CnnOnFashionSample_TrainsAndCountsParameters()
    {
        var parameters = TrainingRequests.IrisParameters(
            ("architecture", "cnn"), ("channels", "[4,8]"), ("epochs", 2), ("learningRate", 0.005));
        var request = TrainingRequests.Iris(parameters, TestData.FashionSpec());
        var reporter = new RecordingReporter();

        var result = _trainer.Train(request, reporter, default);

        var expected = (1 * 4 * 9) + 4 + (4 * 8 * 9) + 8 + (8 * 7 * 7 * 10) + 10;
        Assert.Equal(expected, result.ParameterCount);
        Assert.True(reporter.Epochs[^1].Metrics["train_loss"] < reporter.Epochs[0].Metrics["train_loss"]);
    }
}
