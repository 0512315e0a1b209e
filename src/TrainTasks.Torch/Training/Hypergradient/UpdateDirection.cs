using static TorchSharp.torch;

namespace TrainTasks.Torch.Training.Hypergradient;

/// <summary>
/// The direction <c>u</c> of an optimizer's step over all parameters, flattened into one vector,
/// so that the step is <c>w ← w − α u</c> for a learning rate <c>α</c>: the gradient for SGD, the
/// momentum buffer for SGD with momentum, <c>m̂ / (√v̂ + ε)</c> for Adam, <c>g / (√Σg² + ε)</c>
/// for Adagrad.
/// </summary>
/// <remarks>
/// <see cref="Direction"/> holds the previous step's direction until <see cref="Advance"/>
/// overwrites it in place, which is what the hypergradient <c>−g_t · u_{t−1}</c> needs; before the
/// first step it is zero. The rules follow TorchSharp 0.107's <c>SGD</c>, <c>Adam</c> and
/// <c>Adagrad</c> with their default settings, so that a fixed learning rate gives the same weights
/// (a test holds to it). One difference: a parameter that got no gradient counts as a zero
/// gradient, where TorchSharp skips it; every parameter of the trainer's models gets one.
/// </remarks>
internal abstract class UpdateDirection : IDisposable
{
    /// <summary>Allocates a zero direction of <paramref name="size"/> values.</summary>
    protected UpdateDirection(long size)
    {
        Direction = zeros(size).DetachFromDisposeScope();
    }

    /// <summary>The direction of the last step, one value per parameter element.</summary>
    public Tensor Direction { get; }

    /// <summary>
    /// The rule for <paramref name="optimizer"/> over <paramref name="size"/> values: <c>sgd</c>
    /// (with <paramref name="momentum"/> when above 0), <c>adam</c> or <c>adagrad</c>.
    /// </summary>
    public static UpdateDirection Create(string optimizer, long size, double momentum) =>
        optimizer switch
        {
            "sgd" => new SgdDirection(size, momentum),
            "adam" => new AdamDirection(size),
            "adagrad" => new AdagradDirection(size),
            _ => throw new ArgumentException(
                $"optimizer is \"{optimizer}\"; it must be sgd, adam or adagrad.", nameof(optimizer)),
        };

    /// <summary>
    /// Updates the rule's state with the flat <paramref name="gradient"/> and writes the new
    /// direction into <see cref="Direction"/>, without autograd.
    /// </summary>
    public abstract void Advance(Tensor gradient);

    /// <summary>Frees the direction and the rule's state.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Frees the direction; rules with state free theirs as well.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Direction.Dispose();
        }
    }
}
