using static TorchSharp.torch;

namespace TrainTasks.Torch.Training.Hypergradient;

/// <summary>
/// Adam (Kingma and Ba, 2015, https://arxiv.org/abs/1412.6980): moments
/// <c>m ← β₁ m + (1 − β₁) g</c> and <c>v ← β₂ v + (1 − β₂) g²</c>, direction
/// <c>m̂ / (√v̂ + ε)</c> with the bias corrections <c>m̂ = m / (1 − β₁ᵗ)</c> and
/// <c>v̂ = v / (1 − β₂ᵗ)</c>.
/// </summary>
/// <remarks>
/// β₁ = 0.9, β₂ = 0.999 and ε = 1e-8 (added to <c>√v̂</c>), the defaults of
/// <c>torch.optim.Adam(parameters, lr)</c> in TorchSharp 0.107, which the trainer uses when the
/// rate is not adapted; a test holds the two to the same weights.
/// </remarks>
internal sealed class AdamDirection : UpdateDirection
{
    /// <summary>The decay of the first moment.</summary>
    public const double Beta1 = 0.9;

    /// <summary>The decay of the second moment.</summary>
    public const double Beta2 = 0.999;

    /// <summary>Added to <c>√v̂</c> so that the division stays finite.</summary>
    public const double Epsilon = 1e-8;

    private readonly Tensor _first;
    private readonly Tensor _second;
    private long _steps;

    /// <summary>Allocates zero moments of <paramref name="size"/> values.</summary>
    public AdamDirection(long size)
        : base(size)
    {
        _first = zeros(size).DetachFromDisposeScope();
        _second = zeros(size).DetachFromDisposeScope();
    }

    /// <inheritdoc />
    public override void Advance(Tensor gradient)
    {
        _steps++;
        var firstCorrection = 1 - Math.Pow(Beta1, _steps);
        var secondCorrection = 1 - Math.Pow(Beta2, _steps);
        _first.mul_(Beta1).add_(gradient, alpha: 1 - Beta1);
        _second.mul_(Beta2).addcmul_(gradient, gradient, value: 1 - Beta2);

        // (√v / √(1 − β₂ᵗ) + ε) (1 − β₁ᵗ): the first correction joins the denominator, so the
        // direction takes one division.
        using var denominator = _second.sqrt().div_(Math.Sqrt(secondCorrection)).add_(Epsilon).mul_(firstCorrection);
        Direction.copy_(_first).div_(denominator);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _first.Dispose();
            _second.Dispose();
        }

        base.Dispose(disposing);
    }
}
