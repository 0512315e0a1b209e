namespace TrainTasks.Core.Trials;

/// <summary>Where a trial stands.</summary>
public enum TrialState
{
    /// <summary>Started and not finished; after a resume no trial stays in this state.</summary>
    Running,

    /// <summary>Finished with an objective value.</summary>
    Complete,

    /// <summary>Stopped early by a pruner.</summary>
    Pruned,

    /// <summary>Threw, produced NaN, diverged or was interrupted; the reason is recorded.</summary>
    Failed,
}
