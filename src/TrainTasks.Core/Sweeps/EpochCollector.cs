using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Sweeps;

/// <summary>Keeps the epochs of a training that belongs to no trial (a refit, a rebuilt model).</summary>
internal sealed class EpochCollector : IReporter
{
    public List<EpochRecord> Epochs { get; } = [];

    public void Report(EpochRecord epoch) => Epochs.Add(epoch);
}
