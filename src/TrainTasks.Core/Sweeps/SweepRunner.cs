using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Fingerprints;
using TrainTasks.Core.Samplers;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;
using TrainTasks.Core.Training;

namespace TrainTasks.Core.Sweeps;

/// <summary>
/// Runs a study to its budget: ask the sampler, look the trial's fingerprint up in the
/// artifact cache, train on a miss, tell the study, until the budget is spent or the space is
/// exhausted.
/// </summary>
/// <remarks>
/// Resuming: finished trials of the study are never run again. A trial left running by a
/// killed or cancelled run is marked failed as interrupted and then left out of the history
/// the sampler sees, so the sampler proposes the same configuration again and the sequence
/// of configurations is the one an uninterrupted run would have tried. A coded error that stops
/// the whole sweep (<see cref="TrainTasksException"/>: unreadable data, a native library that
/// does not load) is recorded as the trial's reason, after <see cref="StoppedReasonPrefix"/>,
/// and such a trial runs again on resume in the same way. A coded error of the trial's own
/// configuration (<see cref="TrialFailedException"/>) fails only that trial, and the sweep goes on.
/// </remarks>
public sealed class SweepRunner
{
    /// <summary>The failure reason of a trial whose run was killed or cancelled.</summary>
    public const string InterruptedReason = "interrupted before it finished; it runs again when the sweep resumes";

    /// <summary>
    /// The start of the failure reason of a trial during which a coded error stopped the sweep; the
    /// code and text of the error follow, then <see cref="RunsAgainNote"/>.
    /// </summary>
    public const string StoppedReasonPrefix = "stopped the sweep with ";

    /// <summary>The end of the failure reason of a trial that runs again when the sweep resumes.</summary>
    public const string RunsAgainNote = "; it runs again when the sweep resumes";

    private readonly SweepContext _context;

    /// <summary>Makes a runner over the parts in <paramref name="context"/>.</summary>
    public SweepRunner(SweepContext context)
    {
        _context = context;
    }

    /// <summary>
    /// Runs the sweep. Cancellation ends the running trial at its next batch, records it as
    /// interrupted and throws <see cref="OperationCanceledException"/>; finished trials stay.
    /// </summary>
    public SweepOutcome Run(CancellationToken cancellationToken)
    {
        var studyId = _context.Storage.OpenStudy(_context.Spec.Name, _context.StudyKey);
        _context.Storage.FailInterruptedTrials(studyId, InterruptedReason);
        var history = LoadEvaluatedTrials(studyId);
        var reused = history.Count;
        var counts = new RunCounts();
        string? exhaustedReason = null;

        while (history.Count < _context.Budget)
        {
            var suggestion = _context.Sampler.Suggest(_context.Spec.Space, history);
            if (suggestion.IsExhausted)
            {
                exhaustedReason = suggestion.ExhaustedReason;
                break;
            }

            var trial = RunTrial(studyId, suggestion, history, counts, cancellationToken);
            history.Add(trial);
        }

        return Conclude(history, counts, Math.Min(reused, history.Count), exhaustedReason, cancellationToken);
    }

    /// <summary>Whether a stored trial was cut short by a killed or cancelled run.</summary>
    public static bool IsInterrupted(Trial trial) =>
        trial.State == TrialState.Failed && trial.FailureReason == InterruptedReason;

    /// <summary>Whether a coded error stopped the sweep during a stored trial.</summary>
    public static bool IsStopped(Trial trial) =>
        trial.State == TrialState.Failed
        && trial.FailureReason is { } reason
        && reason.StartsWith(StoppedReasonPrefix, StringComparison.Ordinal)
        && reason.EndsWith(RunsAgainNote, StringComparison.Ordinal);

    /// <summary>
    /// The failure reason of a trial during which <paramref name="diagnostic"/> stopped the sweep: its
    /// code, text and file, such as <c>stopped the sweep with TT4030: … (train.csv); it runs again …</c>.
    /// </summary>
    public static string StoppedReason(Diagnostic diagnostic)
    {
        var file = diagnostic.Location is { } location ? $" ({location.File})" : "";
        return $"{StoppedReasonPrefix}{diagnostic.Code}: {diagnostic.Message.TrimEnd('.')}{file}{RunsAgainNote}";
    }

    /// <summary>The best complete trial by the objective; the lowest number wins a tie.</summary>
    public static Trial? SelectBest(IEnumerable<Trial> trials, Objective objective)
    {
        Trial? best = null;
        foreach (var trial in trials.Where(trial => trial.State == TrialState.Complete && trial.Value is not null))
        {
            if (best is null || objective.IsBetter(trial.Value!.Value, best.Value!.Value))
            {
                best = trial;
            }
        }

        return best;
    }

    private List<Trial> LoadEvaluatedTrials(long studyId) =>
        _context.Storage.LoadTrials(studyId).Where(trial => !IsInterrupted(trial) && !IsStopped(trial)).ToList();

    private Trial RunTrial(
        long studyId,
        Suggestion suggestion,
        List<Trial> history,
        RunCounts counts,
        CancellationToken cancellationToken)
    {
        // A value the configuration leaves inactive is never used, so it must not reach the
        // fingerprint or the study: trials that differ only there are one configuration.
        var parameters = _context.Spec.Space.WithoutInactive(suggestion.Parameters!);
        var effective = _context.Spec.Fixed.With(parameters);
        var fingerprintInputs = _context.FingerprintInputs(effective);
        var fingerprint = TrialFingerprint.Compute(fingerprintInputs);
        var trial = _context.Storage.StartTrial(studyId, parameters, fingerprint, suggestion.Origin);
        _context.Observer.TrialStarted(trial, history.Count + 1, _context.Budget);

        var finished = TryFromCache(trial) ?? Train(studyId, trial, fingerprintInputs, cancellationToken);
        if (finished.FromCache)
        {
            counts.FromCache++;
        }
        else
        {
            counts.Trained++;
        }

        _context.Storage.FinishTrial(studyId, finished);
        _context.Observer.TrialFinished(finished, SelectBest(history.Append(finished), _context.Spec.Objective));
        return finished;
    }

    private Trial? TryFromCache(Trial trial)
    {
        var entry = _context.Cache.TryGet(trial.Fingerprint);
        if (entry is null)
        {
            return null;
        }

        // The objective is not part of the fingerprint, so an entry made under another objective
        // is judged as a fresh training would be: without a finite objective the trial fails.
        var metrics = entry.Metrics.Metrics;
        return CheckObjective(metrics) is { } failure
            ? Fail(trial, failure, entry.Metrics.Epochs) with { FromCache = true }
            : Complete(trial, metrics, entry.Metrics.Epochs, fromCache: true);
    }

    private Trial Train(
        long studyId,
        Trial trial,
        TrialFingerprintInputs fingerprintInputs,
        CancellationToken cancellationToken)
    {
        var reporter = new StudyReporter(_context.Storage, studyId, trial, _context.Observer);
        try
        {
            using var staged = StagedTraining.Run(
                _context, fingerprintInputs, reporter, useAllRows: false, cancellationToken);
            var failure = CheckObjective(staged.Metrics)
                ?? HypergradientMetrics.Problem(staged.Metrics, fingerprintInputs.Hypergradients);
            if (failure is not null)
            {
                return Fail(trial, failure, reporter.Epochs);
            }

            staged.Commit(trial.Fingerprint, reporter.Epochs);
            return Complete(trial, staged.Metrics, reporter.Epochs, fromCache: false);
        }
        catch (TrialFailedException exception)
        {
            return Fail(trial, exception.Message, reporter.Epochs);
        }
        catch (OperationCanceledException)
        {
            _context.Storage.FinishTrial(studyId, Fail(trial, InterruptedReason, reporter.Epochs));
            throw;
        }
        catch (TrainTasksException exception)
        {
            _context.Storage.FinishTrial(studyId, Fail(trial, StoppedReason(exception.Diagnostic), reporter.Epochs));
            throw;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Fail(trial, $"{exception.GetType().Name}: {exception.Message}", reporter.Epochs);
        }
    }

    private string? CheckObjective(IReadOnlyDictionary<string, double> metrics)
    {
        var metric = _context.Spec.Objective.Metric;
        if (!metrics.TryGetValue(metric, out var value))
        {
            return $"the trainer reported no '{metric}'; it reported {string.Join(", ", metrics.Keys)}";
        }

        return double.IsFinite(value) ? null : $"the objective '{metric}' is {value}";
    }

    private Trial Complete(
        Trial trial,
        IReadOnlyDictionary<string, double> metrics,
        IReadOnlyList<EpochRecord> epochs,
        bool fromCache) => trial with
        {
            State = TrialState.Complete,
            Value = metrics[_context.Spec.Objective.Metric],
            Metrics = metrics,
            Epochs = epochs,
            FromCache = fromCache,
            FinishedAt = DateTimeOffset.UtcNow,
        };

    private static Trial Fail(Trial trial, string reason, IReadOnlyList<EpochRecord> epochs) => trial with
    {
        State = TrialState.Failed,
        FailureReason = reason,
        Epochs = epochs,
        FinishedAt = DateTimeOffset.UtcNow,
    };

    private SweepOutcome Conclude(
        List<Trial> history,
        RunCounts counts,
        int reused,
        string? exhaustedReason,
        CancellationToken cancellationToken)
    {
        var best = SelectBest(history, _context.Spec.Objective);
        var modelFile = best is null ? null : BestModel(best, counts, cancellationToken);
        return new SweepOutcome(history, best, modelFile, counts.Trained, counts.FromCache, reused, exhaustedReason);
    }

    // The study remembers the best trial, but its model lives in the cache, which a user or
    // 'cache gc' may have cleaned. Training is deterministic, so the model is trained again
    // from the trial's parameters into the cache; the study is left as it is.
    private string? BestModel(Trial best, RunCounts counts, CancellationToken cancellationToken)
    {
        if (_context.Cache.TryGet(best.Fingerprint) is { } entry)
        {
            return entry.ModelPath;
        }

        var inputs = _context.FingerprintInputs(_context.Spec.Fixed.With(best.Parameters));
        var reporter = new EpochCollector();
        try
        {
            using var staged = StagedTraining.Run(_context, inputs, reporter, useAllRows: false, cancellationToken);
            counts.Trained++;
            return staged.Commit(best.Fingerprint, reporter.Epochs).ModelPath;
        }
        catch (TrialFailedException)
        {
            return null;
        }
    }

    private sealed class RunCounts
    {
        public int Trained { get; set; }

        public int FromCache { get; set; }
    }
}
