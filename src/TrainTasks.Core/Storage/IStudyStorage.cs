using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Storage;

/// <summary>
/// Keeps studies and their trials.
/// </summary>
/// <remarks>
/// One process drives a study at a time through one instance; methods are not required to be
/// thread-safe. Every method that changes a trial is durable when it returns, so a killed
/// process loses at most the trial it was running, which stays <see cref="TrialState.Running"/>
/// until <see cref="FailInterruptedTrials"/> marks it failed on the next run. Only the
/// process that started a trial may change it.
/// </remarks>
public interface IStudyStorage : IDisposable
{
    /// <summary>Opens the study with this name and key, creating it when missing; returns its id.</summary>
    /// <param name="name">The sweep name.</param>
    /// <param name="studyKey">
    /// Hash of everything that decides which trials the study proposes (spec minus the budget);
    /// a changed spec opens a new study, while its trials may still hit the artifact cache.
    /// </param>
    long OpenStudy(string name, string studyKey);

    /// <summary>Every trial of the study, in number order, with its per-epoch records.</summary>
    IReadOnlyList<Trial> LoadTrials(long studyId);

    /// <summary>Marks trials left running by a killed process as failed; returns how many.</summary>
    int FailInterruptedTrials(long studyId, string reason);

    /// <summary>Starts the next trial of the study (number = count of trials so far) and returns it.</summary>
    /// <param name="studyId">The study, from <see cref="OpenStudy"/>.</param>
    /// <param name="parameters">The trial's configuration: the values of its active parameters.</param>
    /// <param name="fingerprint">
    /// The fingerprint of everything that decides the trial's result: 64 lowercase hex digits.
    /// </param>
    /// <param name="origin">How the sampler chose the configuration; stored with the trial when given.</param>
    Trial StartTrial(long studyId, TrialParameters parameters, string fingerprint, TrialOrigin? origin = null);

    /// <summary>Records one epoch of a running trial.</summary>
    void ReportEpoch(long studyId, int trialNumber, EpochRecord epoch);

    /// <summary>
    /// Finishes a running trial with its state, value, metrics and, if failed, the reason; a
    /// complete trial needs a finite value.
    /// </summary>
    void FinishTrial(long studyId, Trial finished);
}
