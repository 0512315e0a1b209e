using TorchSharp;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Models;

/// <summary>
/// Standardizes features as the first layer of a model, <c>(x - mean) / deviation</c>, keeping mean and
/// deviation as buffers so the saved model carries the training rows' statistics with it.
/// </summary>
public sealed class FeatureScaler : nn.Module<Tensor, Tensor>
{
    private readonly Tensor _mean;
    private readonly Tensor _deviation;

    /// <summary>Makes the layer from per-feature statistics.</summary>
    /// <param name="mean">Mean of each feature.</param>
    /// <param name="deviation">Standard deviation of each feature; must not be 0.</param>
    public FeatureScaler(float[] mean, float[] deviation)
        : base(nameof(FeatureScaler))
    {
        _mean = tensor(mean);
        _deviation = tensor(deviation);
        register_buffer("mean", _mean);
        register_buffer("deviation", _deviation);
    }

    /// <inheritdoc />
    public override Tensor forward(Tensor input) => (input - _mean) / _deviation;

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _mean.Dispose();
            _deviation.Dispose();
        }

        base.Dispose(disposing);
    }
}
