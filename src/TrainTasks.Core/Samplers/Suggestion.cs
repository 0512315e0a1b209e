using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers;

/// <summary>A sampler's answer: parameters to try, or the reason there are none left.</summary>
public sealed record Suggestion
{
    private Suggestion(TrialParameters? parameters, string? exhaustedReason)
    {
        Parameters = parameters;
        ExhaustedReason = exhaustedReason;
    }

    /// <summary>The parameters to try; null when the space is exhausted.</summary>
    public TrialParameters? Parameters { get; }

    /// <summary>Why no parameters are left, such as "all 12 grid points have been evaluated".</summary>
    public string? ExhaustedReason { get; }

    /// <summary>Whether the sampler has nothing left to propose.</summary>
    public bool IsExhausted => Parameters is null;

    /// <summary>A suggestion to try <paramref name="parameters"/>.</summary>
    public static Suggestion Try(TrialParameters parameters) => new(parameters, null);

    /// <summary>The space is exhausted, for the reason given.</summary>
    public static Suggestion Exhausted(string reason) => new(null, reason);
}
