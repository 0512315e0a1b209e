using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Reports;

/// <summary>Everything the report writers need: the spec, the trials, the winner and its test metrics.</summary>
/// <param name="Spec">The sweep's spec.</param>
/// <param name="Trials">Every evaluated trial, in number order.</param>
/// <param name="Best">The best complete trial, if any.</param>
/// <param name="TestMetrics">The best model's metrics on the test set (empty without a test set).</param>
/// <param name="ExhaustedReason">Why the sampler stopped before the budget, if it did.</param>
public sealed record SweepSummary(
    SweepSpec Spec,
    IReadOnlyList<Trial> Trials,
    Trial? Best,
    IReadOnlyDictionary<string, double> TestMetrics,
    string? ExhaustedReason)
{
    /// <summary>
    /// Training metrics of the best configuration refit on every training row, when the spec
    /// asks for a refit; the shipped model and the test metrics are then the refit's.
    /// </summary>
    public IReadOnlyDictionary<string, double>? RefitMetrics { get; init; }

    /// <summary>Metric name of a trial's trainable parameter count.</summary>
    public const string ParameterCountMetric = "parameter_count";

    /// <summary>Metric name of a trial's training time in seconds.</summary>
    public const string TrainSecondsMetric = "train_seconds";

    /// <summary>The trials ordered best first: complete by objective, then pruned, then failed.</summary>
    public IReadOnlyList<Trial> TrialsBestFirst()
    {
        var objective = Spec.Objective;
        var sign = objective.Direction == OptimizationDirection.Maximize ? -1.0 : 1.0;
        return Trials
            .OrderBy(trial => trial.State == TrialState.Complete ? 0 : trial.State == TrialState.Pruned ? 1 : 2)
            .ThenBy(trial => trial.Value is { } value ? sign * value : double.PositiveInfinity)
            .ThenBy(trial => trial.Number)
            .ToArray();
    }
}
