using TorchSharp;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Training;
using TrainTasks.TestKit;
using TrainTasks.Torch.Tests.Training;
using TrainTasks.Torch.Training;

namespace TrainTasks.Torch.Tests.Hypergradients;

public sealed class TrainerHypergradientTests : IDisposable
{
    private const double Lambda = 0.1;

    private static readonly RidgeProblem s_split = RidgeClosedForm.LoadDiabetes();

    private readonly TorchTrainer _trainer = new();

    public void Dispose() => _trainer.Dispose();

    [Fact]
    public void Train_ImplicitOnDiabetesRidge_MatchesTheClosedFormDerivative()
    {
        var expected = RidgeClosedForm.ValidationMseDerivative(s_split, Lambda);
        var request = Ask(TrainingRequests.Diabetes(("l2", Lambda)), new(NeumannTerms: 1500), "l2");

        var result = _trainer.Train(request, new RecordingReporter(), default);

        var actual = result.Metrics["hypergrad.l2"];
        Assert.True(Math.Abs(actual - expected) < 1e-2 * Math.Abs(expected), $"{actual} against {expected}");
    }

    // Gradient descent with rate η on the ridge objective contracts the error of dw/dλ by
    // (1 − η h) per step along each Hessian eigenvalue h (here 2 (λ + e), the smallest 0.21), so
    // the truncation error of K unrolled steps falls like 0.968^K: about 0.85, 0.5, 0.07 and 3e-5.
    [Fact]
    public void Train_UnrolledOnDiabetesRidge_ApproachesTheClosedFormAsStepsGrow()
    {
        var expected = RidgeClosedForm.ValidationMseDerivative(s_split, Lambda);
        int[] steps = [5, 20, 80, 320];

        var errors = steps.Select(count =>
        {
            var request = Ask(
                TrainingRequests.Diabetes(("l2", Lambda), ("epochs", 600)),
                new(HypergradientMethod.Unrolled, UnrolledSteps: count),
                "l2");
            var result = _trainer.Train(request, new RecordingReporter(), default);
            return Math.Abs(result.Metrics["hypergrad.l2"] - expected) / Math.Abs(expected);
        }).ToArray();

        Assert.True(errors.Zip(errors.Skip(1)).All(pair => pair.First > pair.Second), string.Join(", ", errors));
        Assert.True(errors[^1] < 1e-2, string.Join(", ", errors));
    }

    [Fact]
    public void Train_UnrolledLearningRate_MatchesAFiniteDifferenceOfTheValidationLoss()
    {
        const double Rate = 0.05;
        const double Step = 1e-3;
        var request = Ask(
            TrainingRequests.Diabetes(("l2", Lambda), ("epochs", 30), ("learningRate", Rate)),
            new(HypergradientMethod.Unrolled, UnrolledSteps: 30),
            "learningRate");
        var slower = TrainingRequests.Diabetes(("l2", Lambda), ("epochs", 30), ("learningRate", Rate - Step));
        var faster = TrainingRequests.Diabetes(("l2", Lambda), ("epochs", 30), ("learningRate", Rate + Step));

        var actual = _trainer.Train(request, new RecordingReporter(), default).Metrics["hypergrad.learningRate"];
        var high = _trainer.Train(faster, new RecordingReporter(), default).Metrics["val_loss"];
        var low = _trainer.Train(slower, new RecordingReporter(), default).Metrics["val_loss"];

        var expected = (high - low) / (2 * Step);
        Assert.True(Math.Abs(actual - expected) < 2e-2 * Math.Abs(expected), $"{actual} against {expected}");
    }

    [Fact]
    public void Train_NeumannSeriesThatDiverges_FailsTheTrialWithTT4054()
    {
        var request = Ask(
            TrainingRequests.Diabetes(("l2", Lambda), ("epochs", 5)),
            new(NeumannTerms: 200, NeumannScale: 1e3),
            "l2");

        var error = Assert.Throws<TrialFailedException>(
            () => _trainer.Train(request, new RecordingReporter(), default));

        Assert.Equal("TT4054", error.Code);
        Assert.StartsWith("TT4054: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dropout", HypergradientMethod.Implicit, "sgd", "TT4050")]
    [InlineData("learningRate", HypergradientMethod.Implicit, "sgd", "TT4051")]
    [InlineData("l2", HypergradientMethod.Unrolled, "adam", "TT4052")]
    [InlineData("l2.1", HypergradientMethod.Implicit, "sgd", "TT4056")]
    public void Train_RequestTheTrainerCannotServe_FailsWithItsCode(
        string name, HypergradientMethod method, string optimizer, string code)
    {
        var request = Ask(TrainingRequests.Diabetes(("epochs", 2), ("optimizer", optimizer)), new(method), name);

        var error = Assert.Throws<TrainTasksException>(() => _trainer.Train(request, new RecordingReporter(), default));

        Assert.Equal(code, error.Diagnostic.Code);
    }

    [Fact]
    public void Train_HypergradientsInARefit_FailWithTT4053()
    {
        var request = Ask(TrainingRequests.Diabetes(("epochs", 2)), new(), "l2") with { UseAllRows = true };

        var error = Assert.Throws<TrainTasksException>(() => _trainer.Train(request, new RecordingReporter(), default));

        Assert.Equal("TT4053", error.Diagnostic.Code);
    }

    [Theory]
    [InlineData(HypergradientMethod.Implicit, null, HessianSampling.Fixed)]
    [InlineData(HypergradientMethod.Implicit, 100, HessianSampling.Fixed)]
    [InlineData(HypergradientMethod.Implicit, 40, HessianSampling.PerTerm)]
    [InlineData(HypergradientMethod.Unrolled, null, HessianSampling.Fixed)]
    public void Train_TwiceWithHypergradients_LeavesNoTensorAlive(
        HypergradientMethod method, int? rows, HessianSampling sampling)
    {
        var request = Ask(
            TrainingRequests.Diabetes(("l2", Lambda), ("epochs", 20)),
            new(method, NeumannTerms: 20, UnrolledSteps: 10, HessianRows: rows, HessianSampling: sampling),
            "l2");
        _trainer.Train(request, new RecordingReporter(), default);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;

        var again = request with { ArtifactDirectory = TestPaths.NewTemporaryDirectory() };
        _trainer.Train(again, new RecordingReporter(), default);
        GC.Collect();
        GC.WaitForPendingFinalizers();

        Assert.Equal(before, DisposeScopeManager.Statistics.ThreadTotalLiveCount);
    }

    // l2 enters every layer's coefficient l2 + l2.k, so its hypergradient is the sum of the
    // per-layer ones: the same graph read two ways, for either method.
    [Theory]
    [InlineData(HypergradientMethod.Implicit)]
    [InlineData(HypergradientMethod.Unrolled)]
    public void Train_FashionMlpPerLayerPenalties_GlobalHypergradientIsTheSumOfTheLayers(HypergradientMethod method)
    {
        var parameters = TrainingRequests.IrisParameters(
            ("hidden", "[16]"), ("optimizer", "sgd"), ("momentum", 0.9), ("learningRate", 0.05), ("batchSize", 50),
            ("epochs", 2), ("l2", 1e-4), ("l2.0", 1e-3), ("l2.1", 1e-2), ("dropout", 0.1));
        var request = Ask(
            TrainingRequests.Iris(parameters, TestData.FashionSpec()), new(method), "l2", "l2.0", "l2.1");

        var metrics = _trainer.Train(request, new RecordingReporter(), default).Metrics;

        var (global, first, second) = (metrics["hypergrad.l2"], metrics["hypergrad.l2.0"], metrics["hypergrad.l2.1"]);
        Assert.True(new[] { global, first, second }.All(double.IsFinite));
        Assert.NotEqual(0.0, first);
        Assert.Equal(first + second, global, 1e-4 * Math.Abs(global) + 1e-7);
    }

    private static TrainingRequest Ask(
        TrainingRequest request, HypergradientSettings settings, params string[] names) =>
        request with { Hypergradients = names, HypergradientSettings = settings };
}
