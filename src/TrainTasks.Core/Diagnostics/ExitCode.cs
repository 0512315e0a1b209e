namespace TrainTasks.Core.Diagnostics;

/// <summary>Exit codes of <c>dotnet train</c>; the MSBuild task reads them too.</summary>
public enum ExitCode
{
    /// <summary>Everything asked for was done.</summary>
    Success = 0,

    /// <summary>The sweep ran, but a metric gate failed.</summary>
    GateFailed = 1,

    /// <summary>Bad input: spec, options or data files; nothing was changed.</summary>
    BadInput = 2,

    /// <summary>The environment stopped the run: native library, disk, permissions.</summary>
    Environment = 3,

    /// <summary>A bug in TrainTasks; the message carries the exception.</summary>
    InternalError = 4,

    /// <summary>The sweep ran, but no trial completed, so there is no model.</summary>
    TrainingFailed = 5,

    /// <summary>The run was cancelled (Ctrl+C); finished trials are kept.</summary>
    Cancelled = 130,
}
