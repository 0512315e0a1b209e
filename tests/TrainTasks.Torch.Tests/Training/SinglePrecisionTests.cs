using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Training;
using TrainTasks.Torch.Training;

namespace TrainTasks.Torch.Tests.Training;

/// <summary>
/// Float parameters reach TorchSharp in single precision: up to the largest single-precision number
/// a trial trains (or fails as a diverged run); beyond it the trainer refuses the value with a code
/// instead of failing inside TorchSharp's conversion.
/// </summary>
public sealed class SinglePrecisionTests : IDisposable
{
    private readonly TorchTrainer _trainer = new();

    public void Dispose() => _trainer.Dispose();

    [Theory]
    [InlineData("learningRate")]
    [InlineData("weightDecay")]
    [InlineData("l1")]
    [InlineData("l2")]
    [InlineData("l2.1")]
    public void Train_LargestSinglePrecisionValue_TrainsOrFailsAsATrialWithoutOverflow(string name)
    {
        var parameters = TrainingRequests.IrisParameters(("epochs", 1), (name, (double)float.MaxValue));

        var exception = Record.Exception(
            () => _trainer.Train(TrainingRequests.Iris(parameters), new RecordingReporter(), default));

        Assert.True(exception is null or TrialFailedException, exception?.ToString());
    }

    [Theory]
    [InlineData("learningRate", 3.5e38)]
    [InlineData("weightDecay", 1e308)]
    [InlineData("l1", 1e39)]
    [InlineData("l2", 1e39)]
    [InlineData("l2.1", 1e39)]
    public void Train_BeyondSinglePrecision_ThrowsTT4040NamingTheRule(string name, double value)
    {
        var parameters = TrainingRequests.IrisParameters(("epochs", 1), (name, value));

        var error = Assert.Throws<TrainTasksException>(
            () => _trainer.Train(TrainingRequests.Iris(parameters), new RecordingReporter(), default));

        Assert.Equal("TT4040", error.Diagnostic.Code);
        Assert.Contains(name, error.Diagnostic.Message);
        Assert.Contains("at most 3.4028234663852886E+38 (single precision)", error.Diagnostic.Message);
    }
}
