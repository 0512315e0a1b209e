using TrainTasks.Torch.Training;
using TrainTasks.Torch.Training.Hypergradient;

namespace TrainTasks.Torch.Tests.Training;

public sealed class TorchTrainerAdaptationTests : IDisposable
{
    private readonly TorchTrainer _trainer = new();

    public void Dispose() => _trainer.Dispose();

    [Theory]
    [InlineData("sgd", 0.9)]
    [InlineData("adam", 0.0)]
    public void Train_Hypergradient_RecordsTheRateOfEveryEpochAndLearns(string optimizer, double momentum)
    {
        var reporter = new RecordingReporter();
        var parameters = TrainingRequests.IrisParameters(
            ("optimizer", optimizer),
            ("momentum", momentum),
            ("learningRate", 0.01),
            ("learningRateAdaptation", "hypergradient"));

        var result = _trainer.Train(TrainingRequests.Iris(parameters), reporter, default);

        Assert.All(reporter.Epochs, epoch =>
        {
            Assert.InRange(epoch.Metrics[HypergradientDescent.LearningRateMetric], 1e-8, 10);
            Assert.InRange(epoch.Metrics[HypergradientDescent.MeanLearningRateMetric], 1e-8, 10);
        });
        Assert.NotEqual(0.01, reporter.Epochs[^1].Metrics[HypergradientDescent.LearningRateMetric]);
        Assert.True(reporter.Epochs[^1].Metrics["train_loss"] < reporter.Epochs[0].Metrics["train_loss"]);
        Assert.True(result.Metrics["val_accuracy"] > 0.7, $"{optimizer}: {result.Metrics["val_accuracy"]}");
        Assert.Equal(reporter.Epochs[^1].Metrics, result.Metrics);
    }

    [Fact]
    public void Train_RateTooSmall_AdaptationRaisesIt()
    {
        var reporter = new RecordingReporter();
        var parameters = TrainingRequests.IrisParameters(
            ("learningRate", 1e-4), ("learningRateAdaptation", "hypergradient"), ("hypergradientRate", 0.05));

        _trainer.Train(TrainingRequests.Iris(parameters), reporter, default);

        var rates = reporter.Epochs.Select(epoch => epoch.Metrics[HypergradientDescent.LearningRateMetric]).ToArray();
        Assert.True(rates[^1] > 1e-3, $"rates {string.Join(", ", rates)}");
    }

    [Fact]
    public void Train_RateZeroUnderCosine_RecordsTheScheduledRate()
    {
        var reporter = new RecordingReporter();
        var parameters = TrainingRequests.IrisParameters(
            ("epochs", 4),
            ("schedule", "cosine"),
            ("learningRateAdaptation", "hypergradient"),
            ("hypergradientRate", 0));

        _trainer.Train(TrainingRequests.Iris(parameters), reporter, default);

        // β = 0 keeps α = 0.01; the cosine factor for epoch e of 4 is (1 + cos(π (e − 1) / 4)) / 2.
        var expected = Enumerable.Range(1, 4).Select(epoch => 0.01 * (1 + Math.Cos(Math.PI * (epoch - 1) / 4)) / 2);
        var recorded = reporter.Epochs.Select(epoch => epoch.Metrics[HypergradientDescent.LearningRateMetric]);
        Assert.Equal(expected, recorded, (left, right) => Math.Abs(left - right) < 1e-12);
        Assert.All(reporter.Epochs, epoch => Assert.Equal(
            epoch.Metrics[HypergradientDescent.LearningRateMetric],
            epoch.Metrics[HypergradientDescent.MeanLearningRateMetric],
            precision: 12));
    }

    [Fact]
    public void Train_HypergradientTwice_WritesByteIdenticalModels()
    {
        var parameters = TrainingRequests.IrisParameters(
            ("epochs", 3), ("dropout", 0.2), ("learningRateAdaptation", "hypergradient"));
        var first = TrainingRequests.Iris(parameters);
        var second = first with { ArtifactDirectory = first.ArtifactDirectory + "-again" };

        _trainer.Train(first, new RecordingReporter(), default);
        _trainer.Train(second, new RecordingReporter(), default);

        Assert.Equal(
            File.ReadAllBytes(Path.Combine(first.ArtifactDirectory, TorchTrainer.ModelFileName)),
            File.ReadAllBytes(Path.Combine(second.ArtifactDirectory, TorchTrainer.ModelFileName)));
    }

    [Fact]
    public void Train_NoAdaptation_RecordsNoRate()
    {
        var reporter = new RecordingReporter();

        _trainer.Train(TrainingRequests.Iris(TrainingRequests.IrisParameters(("epochs", 2))), reporter, default);

        Assert.All(
            reporter.Epochs,
            epoch => Assert.DoesNotContain(HypergradientDescent.LearningRateMetric, epoch.Metrics));
    }
}
