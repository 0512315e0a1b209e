using TrainTasks.Core.Storage;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Sweeps;

/// <summary>Passes a trial's epochs to the study, which keeps them, and to the observer.</summary>
internal sealed class StudyReporter : IReporter
{
    private readonly IStudyStorage _storage;
    private readonly long _studyId;
    private readonly Trial _trial;
    private readonly ISweepObserver _observer;
    private readonly List<EpochRecord> _epochs = [];

    public StudyReporter(IStudyStorage storage, long studyId, Trial trial, ISweepObserver observer)
    {
        _storage = storage;
        _studyId = studyId;
        _trial = trial;
        _observer = observer;
    }

    public IReadOnlyList<EpochRecord> Epochs => _epochs;

    public void Report(EpochRecord epoch)
    {
        _epochs.Add(epoch);
        _storage.ReportEpoch(_studyId, _trial.Number, epoch);
        _observer.EpochFinished(_trial, epoch);
    }
}
