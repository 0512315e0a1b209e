namespace TrainTasks.Core.Training;

/// <summary>
/// Thrown by a trainer when a trial cannot give a usable result (a NaN loss, a diverging run).
/// The sweep records the trial as failed with <see cref="Exception.Message"/> as its reason and goes on.
/// </summary>
public sealed class TrialFailedException : Exception
{
    /// <summary>Makes the exception with the reason to record.</summary>
    public TrialFailedException(string reason)
        : base(reason)
    {
    }
}
