using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Training.Hypergradient;

/// <summary>
/// The direction <c>u</c> of an optimizer's step, per parameter, so that the step is
/// <c>w ← w − α u</c> for a learning rate <c>α</c>: the gradient for SGD, the momentum buffer for
/// SGD with momentum, <c>m̂ / (√v̂ + ε)</c> for Adam, <c>g / (√Σg² + ε)</c> for Adagrad.
/// </summary>
/// <remarks>
/// <see cref="Directions"/> holds the previous step's directions until <see cref="Advance"/>
/// overwrites them, which is what the hypergradient <c>−g_t · u_{t−1}</c> needs. Before the first
/// step they are zero. The rules follow TorchSharp 0.107's <c>SGD</c>, <c>Adam</c> and
/// <c>Adagrad</c> with their default settings, so that a fixed learning rate gives the same
/// weights (a test holds to it).
/// </remarks>
internal abstract class UpdateDirection : IDisposable
{
    /// <summary>Allocates one zero direction per parameter.</summary>
    protected UpdateDirection(IReadOnlyList<Parameter> parameters)
    {
        Directions = parameters.Select(parameter => zeros_like(parameter).DetachFromDisposeScope()).ToArray();
    }

    /// <summary>The direction of the last step of each parameter, in parameter order.</summary>
    public Tensor[] Directions { get; }

    /// <summary>
    /// The rule for <paramref name="optimizer"/>: <c>sgd</c> (with <paramref name="momentum"/> when
    /// above 0), <c>adam</c> or <c>adagrad</c>.
    /// </summary>
    public static UpdateDirection Create(string optimizer, IReadOnlyList<Parameter> parameters, double momentum) =>
        optimizer switch
        {
            "sgd" => new SgdDirection(parameters, momentum),
            "adam" => new AdamDirection(parameters),
            "adagrad" => new AdagradDirection(parameters),
            _ => throw new ArgumentException(
                $"optimizer is \"{optimizer}\"; it must be sgd, adam or adagrad.", nameof(optimizer)),
        };

    /// <summary>
    /// Updates the rule's state with <paramref name="gradient"/> and writes the new direction of
    /// parameter <paramref name="index"/> into <see cref="Directions"/>. Called once per parameter
    /// and step, in parameter order, without autograd.
    /// </summary>
    public abstract void Advance(int index, Tensor gradient);

    /// <summary>Frees the directions and the rule's state.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Frees the directions; rules with state free theirs as well.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        foreach (var direction in Directions)
        {
            direction.Dispose();
        }
    }

    /// <summary>Puts <paramref name="next"/> in place of direction <paramref name="index"/>; frees the old one.
    /// </summary>
    protected void Replace(int index, Tensor next)
    {
        Directions[index].Dispose();
        Directions[index] = next.DetachFromDisposeScope();
    }
}
