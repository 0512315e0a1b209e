using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers;

/// <summary>
/// A sampler's answer: parameters to try and how they were chosen, or the reason there are none left.
/// </summary>
public sealed record Suggestion
{
    private Suggestion(TrialParameters? parameters, string? exhaustedReason, TrialOrigin origin)
    {
        Parameters = parameters;
        ExhaustedReason = exhaustedReason;
        Origin = origin;
    }

    /// <summary>The parameters to try; null when the space is exhausted.</summary>
    public TrialParameters? Parameters { get; }

    /// <summary>Why no parameters are left, such as "all 12 grid points have been evaluated".</summary>
    public string? ExhaustedReason { get; }

    /// <summary>
    /// How the parameters were chosen: by the strategy's own method, or at random by a model-based
    /// strategy during its start-up or, for the reason given, after it. Stored with the trial.
    /// </summary>
    public TrialOrigin Origin { get; }

    /// <summary>Whether the sampler has nothing left to propose.</summary>
    public bool IsExhausted => Parameters is null;

    /// <summary>A suggestion to try <paramref name="parameters"/>, chosen by the strategy's own method.</summary>
    public static Suggestion Try(TrialParameters parameters) => new(parameters, null, TrialOrigin.Strategy);

    /// <summary>The space is exhausted, for the reason given.</summary>
    public static Suggestion Exhausted(string reason) => new(null, reason, TrialOrigin.Strategy);

    /// <summary>
    /// This suggestion marked as a random draw of a model-based strategy's start-up; an exhausted
    /// suggestion is returned as it is.
    /// </summary>
    public Suggestion AsStartup() => IsExhausted ? this : new(Parameters, null, TrialOrigin.Startup);

    /// <summary>
    /// This suggestion marked as a random draw a model-based strategy fell back to after its
    /// start-up, for <paramref name="reason"/>; an exhausted suggestion is returned as it is.
    /// </summary>
    /// <param name="reason">
    /// Why the model did not choose, such as "every candidate repeats a tried configuration".
    /// </param>
    public Suggestion AsFallback(string reason) =>
        IsExhausted ? this : new(Parameters, null, TrialOrigin.Fallback(reason));
}
