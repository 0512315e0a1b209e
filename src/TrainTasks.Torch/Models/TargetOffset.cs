using TorchSharp;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Models;

/// <summary>
/// The last layer of a regression model: turns the single output <c>[rows, 1]</c> into predictions
/// <c>[rows]</c> in the target's own units by adding the training rows' target mean, kept as a buffer
/// so the saved model carries it.
/// </summary>
/// <remarks>
/// The layers before it therefore fit the centred target. With standardized features the optimal
/// bias of the output layer is then 0, and the weights of a <c>linear</c> model under an L2 penalty are
/// those of ridge regression without an intercept; the bias is trained but never penalized.
/// </remarks>
public sealed class TargetOffset : nn.Module<Tensor, Tensor>
{
    private readonly Tensor _mean;

    /// <summary>Makes the layer.</summary>
    /// <param name="mean">The mean target of the training rows.</param>
    public TargetOffset(float mean)
        : base(nameof(TargetOffset))
    {
        _mean = tensor(mean);
        register_buffer("mean", _mean);
    }

    /// <inheritdoc />
    public override Tensor forward(Tensor input) => input.squeeze(-1) + _mean;

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _mean.Dispose();
        }

        base.Dispose(disposing);
    }
}
