using TrainTasks.Core.Diagnostics;

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

    /// <summary>Makes the exception from a coded diagnostic; the reason is <c>TT1234: text</c>.</summary>
    public TrialFailedException(Diagnostic diagnostic)
        : base($"{diagnostic.Code}: {diagnostic.Message}")
    {
        Code = diagnostic.Code;
    }

    /// <summary>The diagnostic code of the reason, such as <c>TT4054</c>; null for an uncoded reason.</summary>
    public string? Code { get; }
}
