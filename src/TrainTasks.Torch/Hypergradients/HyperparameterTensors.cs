using TorchSharp;
using TrainTasks.Torch.Training;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Hypergradients;

/// <summary>
/// The continuous training hyperparameters as 0-dimensional tensors: <c>l2</c>, one <c>l2.k</c> per
/// weight layer and <c>learningRate</c>. Those named as differentiated require gradients; the others
/// are constants. Owns its tensors.
/// </summary>
internal sealed class HyperparameterTensors : IDisposable
{
    private readonly Dictionary<string, Tensor> _differentiated = new(StringComparer.Ordinal);

    /// <summary>Makes the tensors from the trial's values.</summary>
    /// <param name="options">The trial's values.</param>
    /// <param name="differentiated">Names whose tensors require gradients (checked by the caller).</param>
    /// <param name="layerCount">The model's number of weight layers.</param>
    /// <param name="type">The element type of the model, such as float32.</param>
    public HyperparameterTensors(
        TrainingOptions options, IReadOnlyCollection<string> differentiated, int layerCount, ScalarType type)
    {
        L2 = Make("l2", options.L2, differentiated, type);
        Layers = Enumerable.Range(0, layerCount)
            .Select(layer => Make($"l2.{layer}", options.LayerL2.GetValueOrDefault(layer), differentiated, type))
            .ToArray();
        LearningRate = Make("learningRate", options.LearningRate, differentiated, type);
    }

    /// <summary>The global penalty <c>l2</c>.</summary>
    public Tensor L2 { get; }

    /// <summary>The per-layer penalties <c>l2.k</c>, one per weight layer.</summary>
    public IReadOnlyList<Tensor> Layers { get; }

    /// <summary>The base learning rate <c>learningRate</c> (before any schedule).</summary>
    public Tensor LearningRate { get; }

    /// <summary>The tensors that require gradients, by parameter name.</summary>
    public IReadOnlyDictionary<string, Tensor> Differentiated => _differentiated;

    /// <summary>
    /// The penalty coefficient of each weight layer, <c>l2 + l2.k</c>, as new tensors in the current
    /// dispose scope; <paramref name="constant"/> detaches them from the hyperparameters.
    /// </summary>
    public Tensor[] Coefficients(bool constant = false) =>
        Layers.Select(layer => constant ? (L2 + layer).detach() : L2 + layer).ToArray();

    /// <summary>Reads the gradients that a backward pass left in <paramref name="gradients"/> by name.</summary>
    public Dictionary<string, double> Values(IList<Tensor> gradients, double sign = 1.0) =>
        _differentiated.Keys.Select((name, index) => (name, index))
            .ToDictionary(pair => pair.name, pair => sign * gradients[pair.index].ToDouble(), StringComparer.Ordinal);

    /// <inheritdoc />
    public void Dispose()
    {
        L2.Dispose();
        foreach (var layer in Layers)
        {
            layer.Dispose();
        }

        LearningRate.Dispose();
    }

    private Tensor Make(string name, double value, IReadOnlyCollection<string> differentiated, ScalarType type)
    {
        var differentiate = differentiated.Contains(name);
        var result = tensor(value, dtype: type, requires_grad: differentiate).DetachFromDisposeScope();
        if (differentiate)
        {
            _differentiated[name] = result;
        }

        return result;
    }
}
