using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Caching;

/// <summary>
/// The content of an entry's <c>metrics.json</c>: enough to fill a trial completely on a cache hit.
/// </summary>
/// <param name="Metrics">Final metrics by name, as the trainer returned them.</param>
/// <param name="ParameterCount">Number of trainable parameters of the model.</param>
/// <param name="Epochs">Per-epoch metrics, in epoch order.</param>
public sealed record CachedMetrics(
    IReadOnlyDictionary<string, double> Metrics,
    long ParameterCount,
    IReadOnlyList<EpochRecord> Epochs);
