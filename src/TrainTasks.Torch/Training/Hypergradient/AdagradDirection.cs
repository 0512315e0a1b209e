using TorchSharp.Modules;
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

    private readonly Tensor[] _sums;

    /// <summary>Allocates a zero sum per parameter.</summary>
    public AdagradDirection(IReadOnlyList<Parameter> parameters)
        : base(parameters)
    {
        _sums = parameters.Select(parameter => zeros_like(parameter).DetachFromDisposeScope()).ToArray();
    }

    /// <inheritdoc />
    public override void Advance(int index, Tensor gradient)
    {
        _sums[index].addcmul_(gradient, gradient, value: 1);
        var denominator = _sums[index].sqrt().add_(Epsilon);
        Replace(index, gradient.div(denominator));
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var sum in _sums)
            {
                sum.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
