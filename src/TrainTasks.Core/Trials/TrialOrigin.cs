namespace TrainTasks.Core.Trials;

/// <summary>
/// How a sampler arrived at a trial's configuration, and, when a model-based strategy proposed
/// it at random after its start-up, why; stored with the trial and counted in <c>report.md</c>.
/// </summary>
/// <param name="Kind">The way the configuration was chosen.</param>
/// <param name="Reason">Why a model-based strategy fell back to a random draw; null for other kinds.</param>
public sealed record TrialOrigin(TrialOriginKind Kind, string? Reason = null)
{
    /// <summary>The strategy's own method chose the configuration.</summary>
    public static TrialOrigin Strategy { get; } = new(TrialOriginKind.Strategy);

    /// <summary>A random draw during a model-based strategy's start-up.</summary>
    public static TrialOrigin Startup { get; } = new(TrialOriginKind.Startup);

    /// <summary>Whether the configuration was drawn at random by a model-based strategy.</summary>
    public bool IsRandom => Kind != TrialOriginKind.Strategy;

    /// <summary>A random draw after the start-up, for <paramref name="reason"/>.</summary>
    /// <param name="reason">A sentence fragment such as "every candidate repeats a tried configuration".</param>
    public static TrialOrigin Fallback(string reason) => new(TrialOriginKind.Fallback, reason);

    /// <summary>The kind in lower case, as storage and <c>trials.csv</c> write it.</summary>
    public string KindText => Kind.ToString().ToLowerInvariant();

    /// <summary>Reads an origin from its stored kind and reason; null when no kind was stored.</summary>
    /// <exception cref="FormatException">The kind is not one of the names of <see cref="TrialOriginKind"/>.</exception>
    public static TrialOrigin? Parse(string? kind, string? reason)
    {
        if (kind is null)
        {
            return null;
        }

        var parsed = kind switch
        {
            "strategy" => TrialOriginKind.Strategy,
            "startup" => TrialOriginKind.Startup,
            "fallback" => TrialOriginKind.Fallback,
            _ => throw new FormatException($"Trial origin '{kind}' is not one of strategy, startup, fallback."),
        };
        return new TrialOrigin(parsed, reason);
    }
}
