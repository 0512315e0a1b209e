namespace TrainTasks.Core.Sweeps;

/// <summary>The model trained on every training row with the chosen configuration.</summary>
/// <param name="ModelFile">The model in the artifact cache.</param>
/// <param name="Metrics">Its training metrics (no validation rows were held out).</param>
/// <param name="FromCache">Whether it came from the artifact cache rather than from training.</param>
public sealed record RefitOutcome(string ModelFile, IReadOnlyDictionary<string, double> Metrics, bool FromCache);
