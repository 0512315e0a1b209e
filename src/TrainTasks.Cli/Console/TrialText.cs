using System.Globalization;
using TrainTasks.Core.Trials;

namespace TrainTasks.Cli.Console;

/// <summary>Short texts about trials, shared by the progress displays.</summary>
internal static class TrialText
{
    public static string Value(double? value) =>
        value is { } number ? number.ToString("G5", CultureInfo.InvariantCulture) : "-";

    public static string Outcome(Trial trial) => trial.State switch
    {
        TrialState.Complete when trial.FromCache => $"{Value(trial.Value)} (cache)",
        TrialState.Complete => Value(trial.Value),
        TrialState.Failed => $"failed: {trial.FailureReason?.TrimEnd('.')}",
        _ => trial.State.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// Whether a model-based strategy proposed the trial in its start-up or at random after it, or
    /// nothing for its model's choices.
    /// </summary>
    public static string Origin(Trial trial) => trial.Origin switch
    {
        { Kind: TrialOriginKind.Startup } => " (start-up)",
        { Kind: TrialOriginKind.Fallback, Reason: var reason } => $" (at random because {reason})",
        _ => "",
    };

    public static string Best(Trial? best) => best is null ? "none yet" : $"{Value(best.Value)} (trial {best.Number})";

    public static string Epoch(EpochRecord epoch) => string.Join(
        "  ",
        epoch.Metrics.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => $"{pair.Key}={pair.Value.ToString("F4", CultureInfo.InvariantCulture)}"));
}
