using TrainTasks.Core.Fingerprints;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Storage;

/// <summary>
/// The rules every <see cref="IStudyStorage"/> holds its callers to, so no storage writes a
/// trial that <see cref="SqliteStudyStorage"/> would read back as damage.
/// </summary>
internal static class StorageArguments
{
    /// <summary>Requires <paramref name="fingerprint"/> to be 64 lowercase hex digits.</summary>
    /// <exception cref="ArgumentException">It is not.</exception>
    public static void CheckFingerprint(string fingerprint)
    {
        if (!TrialFingerprint.IsWellFormed(fingerprint))
        {
            throw new ArgumentException(
                $"Fingerprint '{fingerprint}' must be 64 lowercase hex digits, as TrialFingerprint.Compute makes.",
                nameof(fingerprint));
        }
    }

    /// <summary>Requires a finished state, and a finite value when the trial is complete.</summary>
    /// <exception cref="ArgumentException"><paramref name="finished"/> breaks either rule.</exception>
    public static void CheckFinished(Trial finished)
    {
        if (!finished.IsFinished)
        {
            throw new ArgumentException(
                $"Trial {finished.Number} has state {finished.State}; a finished trial must be Complete, "
                    + "Pruned or Failed.",
                nameof(finished));
        }

        if (finished.State == TrialState.Complete && !double.IsFinite(finished.Value ?? double.NaN))
        {
            throw new ArgumentException(
                $"Trial {finished.Number} is Complete with value {finished.Value?.ToString() ?? "null"}; "
                    + "a complete trial needs a finite value (fail it instead).",
                nameof(finished));
        }
    }
}
