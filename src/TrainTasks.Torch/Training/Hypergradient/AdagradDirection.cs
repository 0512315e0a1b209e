using static TorchSharp.torch;

namespace TrainTasks.Torch.Training.Hypergradient;

/// <summary>
/// Adagrad (Duchi, Hazan and Singer, 2011, https://jmlr.org/papers/v12/duchi11a.html): the sum
/// <c>s ← s + g²</c> and the direction <c>g / (√s + ε)</c> with ε = 1e-10, as TorchSharp's
/// <c>Adagrad</c> with no learning-rate decay and a zero initial sum.
/// </summary>
internal sealed class AdagradDirection : UpdateDirection
{
    /// <summary>Added to <c>√s</c> so that the division stays finite.</summary>
    public const double Epsilon = 1e-10;

    private readonly Tensor _sum;

    /// <summary>Allocates a zero sum of <paramref name="size"/> values.</summary>
    public AdagradDirection(long size)
        : base(size)
    {
        _sum = zeros(size).DetachFromDisposeScope();
    }

    /// <inheritdoc />
    public override void Advance(Tensor gradient)
    {
        _sum.addcmul_(gradient, gradient, value: 1);
        using var denominator = _sum.sqrt().add_(Epsilon);
        Direction.copy_(gradient).div_(denominator);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sum.Dispose();
        }

        base.Dispose(disposing);
    }
}
