using TorchSharp;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Hypergradients;

/// <summary>
/// Rows on which a hypergradient evaluates a loss: features and targets (class labels or numbers),
/// optionally a subset of row indices, read in chunks so a large data set never forms one graph.
/// </summary>
/// <param name="Features">Features of every row.</param>
/// <param name="Targets">Class labels (int64) or regression targets of every row.</param>
/// <param name="Rows">Row indices to use (int64), or null for every row.</param>
/// <param name="Regression">Whether the loss is squared error (else cross-entropy).</param>
/// <param name="ChunkRows">Rows per chunk.</param>
internal sealed record LossData(
    Tensor Features,
    Tensor Targets,
    Tensor? Rows,
    bool Regression,
    int ChunkRows = 4096)
{
    /// <summary>Number of rows.</summary>
    public long Count => Rows?.shape[0] ?? Targets.shape[0];

    /// <summary>
    /// The chunks as (features, targets, weight), where weight is the chunk's share of the rows, so that
    /// the weighted chunk means add up to the mean over all rows. Tensors belong to the caller's scope.
    /// </summary>
    public IEnumerable<(Tensor Features, Tensor Targets, double Weight)> Chunks()
    {
        var count = Count;
        for (long start = 0; start < count; start += ChunkRows)
        {
            var length = Math.Min(ChunkRows, count - start);
            if (Rows is null)
            {
                yield return (Features.narrow(0, start, length), Targets.narrow(0, start, length),
                    (double)length / count);
                continue;
            }

            var indices = Rows.narrow(0, start, length);
            yield return (Features.index_select(0, indices), Targets.index_select(0, indices), (double)length / count);
        }
    }
}
