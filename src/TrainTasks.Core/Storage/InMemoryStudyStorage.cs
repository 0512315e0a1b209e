using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Storage;

/// <summary>
/// Keeps studies in memory only, with the same rules as <see cref="SqliteStudyStorage"/>: for
/// tests and for runs that must leave no file behind. Thread-safe; nothing survives the process.
/// </summary>
public sealed class InMemoryStudyStorage : IStudyStorage
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Name, string Key), long> _studyIds = [];
    private readonly Dictionary<long, List<Trial>> _trials = [];
    private readonly TimeProvider _time;

    /// <summary>Makes an empty storage.</summary>
    /// <param name="timeProvider">The clock for start and finish times; the system clock by default.</param>
    public InMemoryStudyStorage(TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public long OpenStudy(string name, string studyKey)
    {
        lock (_lock)
        {
            if (!_studyIds.TryGetValue((name, studyKey), out var id))
            {
                id = _studyIds.Count + 1;
                _studyIds[(name, studyKey)] = id;
                _trials[id] = [];
            }

            return id;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<Trial> LoadTrials(long studyId)
    {
        lock (_lock)
        {
            return _trials.TryGetValue(studyId, out var trials) ? trials.ToArray() : [];
        }
    }

    /// <inheritdoc />
    public int FailInterruptedTrials(long studyId, string reason)
    {
        lock (_lock)
        {
            var trials = Study(studyId);
            var count = 0;
            for (var i = 0; i < trials.Count; i++)
            {
                if (trials[i].State != TrialState.Running)
                {
                    continue;
                }

                trials[i] = trials[i] with
                {
                    State = TrialState.Failed,
                    FailureReason = reason,
                    FinishedAt = _time.GetUtcNow(),
                };
                count++;
            }

            return count;
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="fingerprint"/> is not 64 lowercase hex digits.</exception>
    public Trial StartTrial(long studyId, TrialParameters parameters, string fingerprint, TrialOrigin? origin = null)
    {
        StorageArguments.CheckFingerprint(fingerprint);

        lock (_lock)
        {
            var trials = Study(studyId);
            var trial = new Trial
            {
                Number = trials.Count,
                State = TrialState.Running,
                Parameters = parameters,
                Fingerprint = fingerprint,
                Origin = origin,
                StartedAt = _time.GetUtcNow(),
            };
            trials.Add(trial);
            return trial;
        }
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The trial does not exist or is not running.</exception>
    public void ReportEpoch(long studyId, int trialNumber, EpochRecord epoch)
    {
        lock (_lock)
        {
            var trial = RunningTrial(studyId, trialNumber);
            Study(studyId)[trialNumber] = trial with { Epochs = MergeEpochs(trial.Epochs, [epoch]) };
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">
    /// <paramref name="finished"/> is still running, or is Complete without a finite value.
    /// </exception>
    /// <exception cref="InvalidOperationException">The trial does not exist or is not running.</exception>
    public void FinishTrial(long studyId, Trial finished)
    {
        StorageArguments.CheckFinished(finished);

        lock (_lock)
        {
            var trial = RunningTrial(studyId, finished.Number);
            Study(studyId)[finished.Number] = trial with
            {
                State = finished.State,
                Value = finished.Value,
                Metrics = new Dictionary<string, double>(finished.Metrics),
                Epochs = MergeEpochs(trial.Epochs, finished.Epochs),
                FailureReason = finished.FailureReason,
                FromCache = finished.FromCache,
                FinishedAt = finished.FinishedAt ?? _time.GetUtcNow(),
            };
        }
    }

    /// <summary>Does nothing; the storage holds no resources.</summary>
    public void Dispose()
    {
    }

    private List<Trial> Study(long studyId) =>
        _trials.TryGetValue(studyId, out var trials)
            ? trials
            : throw new InvalidOperationException($"Study {studyId} was not opened in this storage.");

    private Trial RunningTrial(long studyId, int trialNumber)
    {
        var trials = Study(studyId);
        var trial = trialNumber >= 0 && trialNumber < trials.Count ? trials[trialNumber] : null;
        if (trial?.State != TrialState.Running)
        {
            throw new InvalidOperationException(
                $"Trial {trialNumber} of study {studyId} is {trial?.State.ToString() ?? "missing"}; "
                    + "only a running trial can change.");
        }

        return trial;
    }

    private static EpochRecord[] MergeEpochs(IEnumerable<EpochRecord> existing, IEnumerable<EpochRecord> added)
    {
        var byEpoch = existing.ToDictionary(epoch => epoch.Epoch);
        foreach (var epoch in added)
        {
            byEpoch[epoch.Epoch] = epoch;
        }

        return byEpoch.Values.OrderBy(epoch => epoch.Epoch).ToArray();
    }
}
