namespace TrainTasks.Core.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Stops the run before any side effect.</summary>
    Error,

    /// <summary>Reported; the run goes on.</summary>
    Warning,
}
