using TorchSharp;

namespace TrainTasks.Torch.Training;

/// <summary>A TorchSharp optimizer with the learning rate of <see cref="TrainingOptions.Schedule"/>.</summary>
internal sealed class TorchOptimizerUpdate(torch.optim.Optimizer optimizer, TrainingOptions options)
    : IWeightUpdate
{
    private static readonly Dictionary<string, double> s_noMetrics = [];

    /// <inheritdoc />
    public void BeginEpoch(int epoch)
    {
        foreach (var group in optimizer.ParamGroups)
        {
            group.LearningRate = options.LearningRateAt(epoch);
        }
    }

    /// <inheritdoc />
    public void ZeroGrad() => optimizer.zero_grad();

    /// <inheritdoc />
    public void Step() => optimizer.step();

    /// <inheritdoc />
    public IReadOnlyDictionary<string, double> EndEpoch() => s_noMetrics;

    /// <inheritdoc />
    public void Dispose() => optimizer.Dispose();
}
