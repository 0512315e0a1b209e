namespace TrainTasks.Core.Trials;

/// <summary>
/// The metrics a trainer reported at the end of one epoch (for example <c>train_loss</c>,
/// <c>val_loss</c>, <c>val_accuracy</c>); epochs count from 1.
/// </summary>
/// <param name="Epoch">The epoch, from 1.</param>
/// <param name="Metrics">Metric name to value.</param>
public sealed record EpochRecord(int Epoch, IReadOnlyDictionary<string, double> Metrics);
