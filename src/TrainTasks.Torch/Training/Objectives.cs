using TorchSharp;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Training;

/// <summary>The terms of the training objective: the data loss and the L2 penalty on weights.</summary>
internal static class Objectives
{
    /// <summary>
    /// The data loss of a batch, summed over rows or averaged: squared error against numeric targets
    /// for regression (<paramref name="output"/> <c>[rows]</c>), cross-entropy against class labels
    /// otherwise (<paramref name="output"/> the logits).
    /// </summary>
    public static Tensor DataLoss(Tensor output, Tensor target, bool regression, bool sum = false)
    {
        var reduction = sum ? nn.Reduction.Sum : nn.Reduction.Mean;
        return regression
            ? nn.functional.mse_loss(output, target, reduction)
            : nn.functional.cross_entropy(output, target, reduction: reduction);
    }

    /// <summary>
    /// <c>Σ_k (l2 + l2.k) ‖W_k‖²</c> over the weight layers; null when every coefficient is 0.
    /// </summary>
    /// <param name="weights">The weight tensors, input side first.</param>
    /// <param name="options">The penalties.</param>
    public static Tensor? L2Penalty(IReadOnlyList<Tensor> weights, TrainingOptions options)
    {
        Tensor? penalty = null;
        for (var layer = 0; layer < weights.Count; layer++)
        {
            var coefficient = options.L2Of(layer);
            if (coefficient > 0)
            {
                var term = weights[layer].square().sum() * coefficient;
                penalty = penalty is null ? term : penalty + term;
            }
        }

        return penalty;
    }

    /// <summary>The same penalty with coefficients as tensors, so that it can be differentiated in them.</summary>
    /// <param name="weights">The weight tensors, input side first.</param>
    /// <param name="coefficients">One 0-dimensional coefficient per weight layer.</param>
    public static Tensor L2Penalty(IReadOnlyList<Tensor> weights, IReadOnlyList<Tensor> coefficients)
    {
        var penalty = weights[0].square().sum() * coefficients[0];
        for (var layer = 1; layer < weights.Count; layer++)
        {
            penalty = penalty + (weights[layer].square().sum() * coefficients[layer]);
        }

        return penalty;
    }
}
