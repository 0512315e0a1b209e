using TorchSharp;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Torch.Data;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Models;

/// <summary>
/// Builds the networks TrainTasks trains: an MLP for any features (<c>linear</c> is an MLP without
/// hidden layers), a small CNN for images; with one output and a <see cref="TargetOffset"/> for
/// regression.
/// </summary>
public static class ModelBuilder
{
    /// <summary>
    /// Builds the network for <paramref name="options"/>. Weights are drawn from TorchSharp's global generator,
    /// so seed it first for a reproducible model.
    /// </summary>
    /// <param name="options">Architecture and sizes.</param>
    /// <param name="featureShape">The shape of one input row, such as <c>[1, 28, 28]</c> or <c>[4]</c>.</param>
    /// <param name="classCount">The number of output classes; not used for regression.</param>
    /// <param name="statistics">When set, a <see cref="FeatureScaler"/> standardizes the input first.</param>
    /// <param name="targetMean">
    /// For regression, the training rows' mean target: the model then has one output, and a
    /// <see cref="TargetOffset"/> adds the mean back. Null for a classifier.
    /// </param>
    /// <exception cref="TrainTasksException">TT4041: a CNN for data that is not an image.</exception>
    public static nn.Module<Tensor, Tensor> Build(
        ModelOptions options,
        IReadOnlyList<int> featureShape,
        int classCount,
        FeatureStatistics? statistics,
        float? targetMean = null)
    {
        var outputs = targetMean is null ? classCount : 1;
        var layers = new List<(string, nn.Module<Tensor, Tensor>)>();
        if (statistics is not null)
        {
            layers.Add(("scale", new FeatureScaler(statistics.Mean, statistics.StandardDeviation)));
        }

        layers.AddRange(options.Architecture == "cnn"
            ? ConvolutionLayers(options, featureShape, outputs)
            : PerceptronLayers(options, featureShape, outputs));
        if (targetMean is { } mean)
        {
            layers.Add(("target", new TargetOffset(mean)));
        }

        return nn.Sequential(layers);
    }

    /// <summary>The number of trainable values (weights and biases) of <paramref name="model"/>.</summary>
    public static long CountParameters(nn.Module model) =>
        model.parameters().Where(parameter => parameter.requires_grad).Sum(parameter => parameter.numel());

    private static IEnumerable<(string, nn.Module<Tensor, Tensor>)> PerceptronLayers(
        ModelOptions options, IReadOnlyList<int> featureShape, int classCount)
    {
        yield return ("flatten", nn.Flatten());
        long width = featureShape.Aggregate(1, (product, size) => product * size);
        IReadOnlyList<int> hidden = options.Architecture == "linear" ? [] : options.Hidden;
        for (var index = 0; index < hidden.Count; index++)
        {
            yield return ($"hidden{index + 1}", nn.Linear(width, hidden[index]));
            yield return ($"activation{index + 1}", Activation(options.Activation));
            yield return ($"dropout{index + 1}", nn.Dropout(options.Dropout));
            width = hidden[index];
        }

        yield return ("output", nn.Linear(width, classCount));
    }

    private static IEnumerable<(string, nn.Module<Tensor, Tensor>)> ConvolutionLayers(
        ModelOptions options, IReadOnlyList<int> featureShape, int classCount)
    {
        if (featureShape.Count != 3 || featureShape[1] < 4 || featureShape[2] < 4)
        {
            throw new TrainTasksException(Messages.Training_CnnNeedsImages($"[{string.Join(", ", featureShape)}]"));
        }

        var (first, second) = (options.Channels[0], options.Channels[1]);
        yield return ("conv1", nn.Conv2d(featureShape[0], first, kernel_size: 3, padding: 1));
        yield return ("relu1", nn.ReLU());
        yield return ("pool1", nn.MaxPool2d(kernel_size: 2));
        yield return ("conv2", nn.Conv2d(first, second, kernel_size: 3, padding: 1));
        yield return ("relu2", nn.ReLU());
        yield return ("pool2", nn.MaxPool2d(kernel_size: 2));
        yield return ("flatten", nn.Flatten());
        yield return ("dropout", nn.Dropout(options.Dropout));
        yield return ("output", nn.Linear((long)second * (featureShape[1] / 4) * (featureShape[2] / 4), classCount));
    }

    private static nn.Module<Tensor, Tensor> Activation(string name) => name switch
    {
        "tanh" => nn.Tanh(),
        "gelu" => nn.GELU(),
        _ => nn.ReLU(),
    };
}
