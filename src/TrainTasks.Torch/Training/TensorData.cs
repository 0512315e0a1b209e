using TrainTasks.Torch.Data;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Training;

/// <summary>A data set held as tensors: features <c>[rows, …shape]</c> as float32, labels <c>[rows]</c>
/// as int64, or regression targets <c>[rows]</c> as float32.</summary>
public sealed class TensorData : IDisposable
{
    /// <summary>Copies <paramref name="dataset"/> into tensors kept outside any dispose scope.</summary>
    public TensorData(Dataset dataset)
    {
        Dataset = dataset;
        long[] shape = [dataset.Count, .. dataset.FeatureShape.Select(size => (long)size)];
        Features = tensor(dataset.Features, shape).DetachFromDisposeScope();
        Labels = dataset.Targets is { } targets
            ? tensor(targets).DetachFromDisposeScope()
            : tensor(dataset.Labels).DetachFromDisposeScope();
    }

    /// <summary>The rows in managed memory.</summary>
    public Dataset Dataset { get; }

    /// <summary>The features.</summary>
    public Tensor Features { get; }

    /// <summary>The class labels, or the regression targets.</summary>
    public Tensor Labels { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Features.Dispose();
        Labels.Dispose();
    }
}
