using static TorchSharp.torch;

namespace TrainTasks.Torch.Training.Hypergradient;

/// <summary>
/// SGD: the direction is the gradient; with momentum <c>μ</c> it is the buffer
/// <c>b ← μ b + g</c> (heavy-ball momentum without dampening, as TorchSharp's <c>SGD</c>).
/// </summary>
internal sealed class SgdDirection(long size, double momentum) : UpdateDirection(size)
{
    /// <inheritdoc />
    public override void Advance(Tensor gradient)
    {
        if (momentum > 0)
        {
            // The buffer starts at zero, so the first step gives exactly g, as TorchSharp's
            // copy of the first gradient does.
            Direction.mul_(momentum).add_(gradient);
            return;
        }

        Direction.copy_(gradient);
    }
}
