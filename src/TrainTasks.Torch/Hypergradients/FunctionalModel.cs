using TorchSharp;
using TorchSharp.Modules;
using TrainTasks.Core.Diagnostics;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Hypergradients;

/// <summary>
/// Runs a sequential model with its parameters given as tensors rather than read from its modules, so
/// that the output can be differentiated through weights that are themselves results of earlier
/// updates (which the modules' own leaf parameters cannot be).
/// </summary>
/// <remarks>
/// Only <see cref="Linear"/> layers may hold parameters; the others (scaling, activations, dropout,
/// flattening, the target offset) are called as they are.
/// </remarks>
internal sealed class FunctionalModel
{
    private readonly (nn.Module<Tensor, Tensor> Module, int Weight, int Bias)[] _layers;

    private FunctionalModel((nn.Module<Tensor, Tensor>, int, int)[] layers) => _layers = layers;

    /// <summary>Describes <paramref name="model"/>, whose parameters are <paramref name="parameterNames"/>
    /// in <c>named_parameters</c> order.</summary>
    /// <exception cref="TrainTasksException">TT4052: a layer with parameters other than a linear one.</exception>
    public static FunctionalModel Create(Sequential model, IReadOnlyList<string> parameterNames, string architecture)
    {
        var index = parameterNames.Select((name, position) => (name, position))
            .ToDictionary(pair => pair.name, pair => pair.position, StringComparer.Ordinal);
        var layers = new List<(nn.Module<Tensor, Tensor>, int, int)>();
        foreach (var (name, child) in model.named_children())
        {
            var module = (nn.Module<Tensor, Tensor>)child;
            var owned = child.parameters().Any();
            if (owned && child is not Linear)
            {
                throw new TrainTasksException(
                    Messages.Training_UnrolledNotSupported("architecture", architecture, "\"mlp\" or \"linear\""));
            }

            layers.Add(owned ? (module, index[$"{name}.weight"], index[$"{name}.bias"]) : (module, -1, -1));
        }

        return new FunctionalModel(layers.ToArray());
    }

    /// <summary>The model's output for <paramref name="input"/> with the given parameters.</summary>
    public Tensor Forward(Tensor input, IReadOnlyList<Tensor> parameters)
    {
        var output = input;
        foreach (var (module, weight, bias) in _layers)
        {
            output = weight < 0
                ? module.call(output)
                : nn.functional.linear(output, parameters[weight], parameters[bias]);
        }

        return output;
    }
}
