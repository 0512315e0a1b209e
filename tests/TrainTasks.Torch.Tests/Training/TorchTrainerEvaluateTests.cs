using System.Globalization;
using System.Text;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Specs;
using TrainTasks.Torch.Data;
using TrainTasks.Torch.Training;

namespace TrainTasks.Torch.Tests.Training;

public sealed class TorchTrainerEvaluateTests : IDisposable
{
    private readonly TorchTrainer _trainer = new();

    public void Dispose() => _trainer.Dispose();

    [Fact]
    public void Evaluate_TestSetIsValidationRows_MatchesFinalValidationMetrics()
    {
        var spec = TestData.IrisSpec(validationFraction: 0.3);
        var split = DatasetSplit.Create(150, 0.3, seed: 11);
        var withTest = spec with { Test = new DataFiles(Table: WriteRows(split.ValidationRows)) };
        var request = TrainingRequests.Iris(TrainingRequests.IrisParameters(("dropout", 0.3)), withTest, seed: 11);
        var result = _trainer.Train(request, new RecordingReporter(), default);

        using var fresh = new TorchTrainer();
        var modelFile = Path.Combine(request.ArtifactDirectory, "model.bin");
        var metrics = fresh.Evaluate(request.Parameters, withTest, modelFile);

        Assert.Equal(result.Metrics["val_accuracy"], metrics["test_accuracy"]);
        Assert.Equal(result.Metrics["val_loss"], metrics["test_loss"], tolerance: 1e-6);
    }

    [Fact]
    public void Evaluate_NoTestSet_ThrowsTT4032()
    {
        var spec = TestData.IrisSpec() with { Test = null };

        var error = Assert.Throws<TrainTasksException>(
            () => _trainer.Evaluate(TrainingRequests.IrisParameters(), spec, "model.bin"));

        Assert.Equal("TT4032", error.Diagnostic.Code);
    }

    [Fact]
    public void Evaluate_MissingModelFile_ThrowsTT4042()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.bin");

        var error = Assert.Throws<TrainTasksException>(
            () => _trainer.Evaluate(TrainingRequests.IrisParameters(), TestData.IrisSpec(), missing));

        Assert.Equal("TT4042", error.Diagnostic.Code);
    }

    [Fact]
    public void Evaluate_ModelOfOtherShape_ThrowsTT4042()
    {
        var request = TrainingRequests.Iris(TrainingRequests.IrisParameters(("epochs", 1)));
        _trainer.Train(request, new RecordingReporter(), default);
        var other = TrainingRequests.IrisParameters(("hidden", "[8,8]"));

        var error = Assert.Throws<TrainTasksException>(() => _trainer.Evaluate(
            other, TestData.IrisSpec(), Path.Combine(request.ArtifactDirectory, "model.bin")));

        Assert.Equal("TT4042", error.Diagnostic.Code);
    }

    private static string WriteRows(int[] rows)
    {
        var iris = CsvTableReader.Read(TestData.Iris, new CsvOptions(HeaderRows: 1));
        var text = new StringBuilder("header\n");
        foreach (var row in rows)
        {
            var features = iris.Features.AsSpan(row * 4, 4).ToArray();
            text.AppendJoin(',', features.Select(value => value.ToString("R", CultureInfo.InvariantCulture)))
                .Append(',').Append(iris.Labels[row]).Append('\n');
        }

        return TestData.WriteTemporary("validation.csv", text.ToString());
    }
}
