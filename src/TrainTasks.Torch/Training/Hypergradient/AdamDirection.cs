using TorchSharp.Modules;
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

    private readonly Tensor[] _first;
    private readonly Tensor[] _second;
    private readonly long[] _steps;

    /// <summary>Allocates zero moments per parameter.</summary>
    public AdamDirection(IReadOnlyList<Parameter> parameters)
        : base(parameters)
    {
        _first = parameters.Select(parameter => zeros_like(parameter).DetachFromDisposeScope()).ToArray();
        _second = parameters.Select(parameter => zeros_like(parameter).DetachFromDisposeScope()).ToArray();
        _steps = new long[parameters.Count];
    }

    /// <inheritdoc />
    public override void Advance(int index, Tensor gradient)
    {
        var step = ++_steps[index];
        var firstCorrection = 1 - Math.Pow(Beta1, step);
        var secondCorrection = 1 - Math.Pow(Beta2, step);
        _first[index].mul_(Beta1).add_(gradient, alpha: 1 - Beta1);
        _second[index].mul_(Beta2).addcmul_(gradient, gradient, value: 1 - Beta2);

        // (√v / √(1 − β₂ᵗ) + ε) (1 − β₁ᵗ): the first correction joins the denominator, so the
        // direction takes one division.
        var denominator = _second[index].sqrt().div_(Math.Sqrt(secondCorrection)).add_(Epsilon).mul_(firstCorrection);
        Replace(index, _first[index].div(denominator));
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var moment in _first.Concat(_second))
            {
                moment.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
