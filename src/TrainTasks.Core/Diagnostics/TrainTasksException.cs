namespace TrainTasks.Core.Diagnostics;

/// <summary>
/// Carries a coded diagnostic for an expected failure (bad input, a broken data file, a missing
/// native library) up to the command or task that reports it. Not for bugs in our own code.
/// </summary>
public sealed class TrainTasksException : Exception
{
    /// <summary>Wraps <paramref name="diagnostic"/>, optionally with the exception that caused it.</summary>
    public TrainTasksException(Diagnostic diagnostic, Exception? inner = null)
        : base(diagnostic.ToCanonicalString(), inner)
    {
        Diagnostic = diagnostic;
    }

    /// <summary>The diagnostic to report.</summary>
    public Diagnostic Diagnostic { get; }
}
