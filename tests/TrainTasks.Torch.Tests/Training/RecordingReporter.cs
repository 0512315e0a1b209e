using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;

namespace TrainTasks.Torch.Tests.Training;

/// <summary>Keeps every reported epoch and runs an optional action after each.</summary>
internal sealed class RecordingReporter(Action<EpochRecord>? onReport = null) : IReporter
{
    public List<EpochRecord> Epochs { get; } = [];

    public void Report(EpochRecord epoch)
    {
        Epochs.Add(epoch);
        onReport?.Invoke(epoch);
    }
}
