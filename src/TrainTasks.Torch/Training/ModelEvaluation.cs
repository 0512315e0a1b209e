using TorchSharp;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Training;

/// <summary>Measures a model's loss and accuracy on rows of a data set, without gradients.</summary>
internal static class ModelEvaluation
{
    private const int BatchSize = 1024;

    /// <summary>Evaluates <paramref name="model"/> in eval mode on <paramref name="rows"/> of
    /// <paramref name="data"/>.</summary>
    /// <param name="model">The model; left in eval mode.</param>
    /// <param name="data">Features and labels or targets.</param>
    /// <param name="rows">Row indices (int64), or null for every row.</param>
    /// <returns>Mean cross-entropy and accuracy; for regression the mean squared error and NaN.</returns>
    public static LossAndAccuracy Run(nn.Module<Tensor, Tensor> model, TensorData data, Tensor? rows)
    {
        model.eval();
        using var noGradient = no_grad();
        var regression = data.Dataset.IsRegression;
        var count = rows?.shape[0] ?? data.Labels.shape[0];
        var (lossSum, correct) = (0.0, 0L);
        for (long start = 0; start < count; start += BatchSize)
        {
            using var scope = NewDisposeScope();
            var length = Math.Min(BatchSize, count - start);
            var (features, labels) = Batch(data, rows, start, length);
            var output = model.call(features);
            lossSum += Objectives.DataLoss(output, labels, regression, sum: true).item<float>();
            correct += regression ? 0 : output.argmax(1).eq(labels).sum().item<long>();
        }

        return new LossAndAccuracy(lossSum / count, regression ? double.NaN : (double)correct / count);
    }

    private static (Tensor Features, Tensor Labels) Batch(TensorData data, Tensor? rows, long start, long length)
    {
        if (rows is null)
        {
            return (data.Features.narrow(0, start, length), data.Labels.narrow(0, start, length));
        }

        var indices = rows.narrow(0, start, length);
        return (data.Features.index_select(0, indices), data.Labels.index_select(0, indices));
    }
}
