using TrainTasks.Core.Trials;
using TrainTasks.TestKit;
using TrainTasks.Torch.Data;
using TrainTasks.Torch.Models;
using TrainTasks.Torch.Training;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Tests.Training;

public sealed class RegressionTests : IDisposable
{
    private readonly TorchTrainer _trainer = new();

    public void Dispose() => _trainer.Dispose();

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.1)]
    [InlineData(1.0)]
    public void Train_DiabetesLinearFullBatch_ReachesRidgeClosedForm(double lambda)
    {
        var split = RidgeClosedForm.LoadDiabetes();
        var expectedWeights = RidgeClosedForm.Weights(split.TrainFeatures, split.TrainTargets, lambda);
        var expectedError = RidgeClosedForm.ValidationMse(split, lambda);
        var request = TrainingRequests.Diabetes(("l2", lambda));

        var result = _trainer.Train(request, new RecordingReporter(), default);
        var weights = SavedWeights(request.ArtifactDirectory);

        Assert.Equal(expectedError, result.Metrics["val_mse"], expectedError * 1e-4);
        Assert.Equal(result.Metrics["val_mse"], result.Metrics["val_loss"]);
        for (var index = 0; index < weights.Length; index++)
        {
            Assert.Equal(expectedWeights[index], weights[index], 1e-3 * expectedWeights.AbsoluteMaximum());
        }
    }

    [Fact]
    public void Train_Diabetes_ReportsRegressionMetricsOnly()
    {
        var request = TrainingRequests.Diabetes(("epochs", 3));

        var result = _trainer.Train(request, new RecordingReporter(), default);

        Assert.Equal(["train_loss", "train_mse", "val_loss", "val_mse"], result.Metrics.Keys.Order());
    }

    [Fact]
    public void Train_DiabetesMlp_LossFallsBelowTheTargetVariance()
    {
        var split = RidgeClosedForm.LoadDiabetes();
        var variance = split.ValidationTargets.DotProduct(split.ValidationTargets) / split.ValidationTargets.Count;
        var request = TrainingRequests.Diabetes(
            ("architecture", "mlp"), ("hidden", "[16]"), ("optimizer", "adam"), ("learningRate", 0.01),
            ("batchSize", 32), ("epochs", 60));

        var result = _trainer.Train(request, new RecordingReporter(), default);

        Assert.True(result.Metrics["val_mse"] < 0.6 * variance, $"val_mse {result.Metrics["val_mse"]}, {variance}");
    }

    [Fact]
    public void Evaluate_DiabetesTestSet_ReportsTestMseInTargetUnits()
    {
        var request = TrainingRequests.Diabetes(("l2", 0.1)) with
        {
            Data = TestData.DiabetesSpec() with { Test = TestData.DiabetesSpec().Train },
        };
        var split = RidgeClosedForm.LoadDiabetes();
        var weights = RidgeClosedForm.Weights(split.TrainFeatures, split.TrainTargets, 0.1);
        var all = (split.TrainFeatures.Stack(split.ValidationFeatures),
            split.TrainTargets.ToColumnMatrix().Stack(split.ValidationTargets.ToColumnMatrix()).Column(0));

        _trainer.Train(request, new RecordingReporter(), default);
        var metrics = _trainer.Evaluate(request.Parameters, request.Data, ModelFile(request.ArtifactDirectory));

        var expected = RidgeClosedForm.MeanSquaredError(all.Item1, all.Item2, weights);
        Assert.Equal(expected, metrics["test_mse"], expected * 1e-3);
        Assert.Equal(metrics["test_mse"], metrics["test_loss"]);
    }

    private static string ModelFile(string folder) => Path.Combine(folder, TorchTrainer.ModelFileName);

    private static double[] SavedWeights(string folder)
    {
        var options = TrainingOptions.From(TrialParameters.FromJson("{\"architecture\":\"linear\"}"));
        using var model = ModelBuilder.Build(options.Model, [10], 0, FeatureStatistics.Identity(10), 0f);
        model.load(ModelFile(folder));
        var weight = model.named_parameters().Single(pair => pair.name == "output.weight").parameter;
        return weight.data<float>().Select(value => (double)value).ToArray();
    }
}
