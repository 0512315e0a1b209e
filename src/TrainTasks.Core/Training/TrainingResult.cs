namespace TrainTasks.Core.Training;

/// <summary>What a finished training run gives back.</summary>
/// <param name="Metrics">
/// Final metrics: at least <c>train_loss</c>, <c>val_loss</c> and, for a classifier,
/// <c>train_accuracy</c> and <c>val_accuracy</c>.
/// </param>
/// <param name="ParameterCount">Number of trainable parameters of the model (its complexity).</param>
/// <param name="ModelFileName">File name of the model within the artifact folder.</param>
public sealed record TrainingResult(
    IReadOnlyDictionary<string, double> Metrics,
    long ParameterCount,
    string ModelFileName);
