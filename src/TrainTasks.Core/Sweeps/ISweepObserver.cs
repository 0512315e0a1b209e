using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Sweeps;

/// <summary>
/// Hears what a sweep does, for progress displays and logs. Called on the sweep's thread, in
/// order: <see cref="TrialStarted"/>, any number of <see cref="EpochFinished"/>, then
/// <see cref="TrialFinished"/>, for each trial. Must not throw.
/// </summary>
public interface ISweepObserver
{
    /// <summary>A trial starts: <paramref name="ordinal"/> of <paramref name="budget"/>, from 1.</summary>
    void TrialStarted(Trial trial, int ordinal, int budget);

    /// <summary>A trial finished one epoch of training.</summary>
    void EpochFinished(Trial trial, EpochRecord epoch);

    /// <summary>
    /// A trial finished (complete, from cache, or failed); <paramref name="best"/> is the best so far.
    /// </summary>
    void TrialFinished(Trial trial, Trial? best);
}
