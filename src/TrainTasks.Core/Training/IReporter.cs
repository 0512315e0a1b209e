using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Training;

/// <summary>Receives a trial's per-epoch metrics while it trains.</summary>
public interface IReporter
{
    /// <summary>Records the metrics of one finished epoch.</summary>
    void Report(EpochRecord epoch);
}
