namespace TrainTasks.Core.Trials;

/// <summary>How a sampler arrived at a trial's configuration.</summary>
public enum TrialOriginKind
{
    /// <summary>
    /// The strategy's own method: a grid point, a random or quasi-random draw of those strategies,
    /// or the choice of a model-based strategy's model.
    /// </summary>
    Strategy,

    /// <summary>
    /// A random (or, when asked for, quasi-random) draw of a model-based strategy before enough trials
    /// had completed: its start-up.
    /// </summary>
    Startup,

    /// <summary>A random draw of a model-based strategy after its start-up, for a recorded reason.</summary>
    Fallback,
}
