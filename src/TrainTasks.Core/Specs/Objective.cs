namespace TrainTasks.Core.Specs;

/// <summary>The metric a sweep optimizes and in which direction.</summary>
/// <param name="Metric">A metric the trainer reports, such as <c>val_accuracy</c> or <c>val_loss</c>.</param>
/// <param name="Direction">Whether larger or smaller is better.</param>
public sealed record Objective(string Metric, OptimizationDirection Direction)
{
    /// <summary>Whether <paramref name="candidate"/> is strictly better than <paramref name="incumbent"/>.</summary>
    public bool IsBetter(double candidate, double incumbent) =>
        Direction == OptimizationDirection.Maximize ? candidate > incumbent : candidate < incumbent;
}
