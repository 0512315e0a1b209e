using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Sweeps;

/// <summary>An observer that ignores everything.</summary>
public sealed class NullSweepObserver : ISweepObserver
{
    private NullSweepObserver()
    {
    }

    /// <summary>The one instance.</summary>
    public static NullSweepObserver Instance { get; } = new();

    /// <inheritdoc />
    public void TrialStarted(Trial trial, int ordinal, int budget)
    {
    }

    /// <inheritdoc />
    public void EpochFinished(Trial trial, EpochRecord epoch)
    {
    }

    /// <inheritdoc />
    public void TrialFinished(Trial trial, Trial? best)
    {
    }
}
