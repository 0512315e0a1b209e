using TrainTasks.Core.Diagnostics;

namespace TrainTasks.MSBuild.Tasks;

/// <summary>Picks the diagnostic for a tool that exited with an error code but logged no error.</summary>
internal static class ToolExitDiagnostics
{
    /// <summary>Returns the coded error that explains <paramref name="exitCode"/>.</summary>
    public static Diagnostic For(string specFile, int exitCode) =>
        (ExitCode)exitCode switch
        {
            ExitCode.GateFailed => Messages.Build_ToolGateFailed(specFile, exitCode),
            ExitCode.BadInput => Messages.Build_ToolRejectedInput(specFile, exitCode),
            ExitCode.Environment => Messages.Build_ToolEnvironmentFailed(specFile, exitCode),
            ExitCode.InternalError => Messages.Build_ToolInternalError(specFile, exitCode),
            ExitCode.TrainingFailed => Messages.Build_ToolNoTrialCompleted(specFile, exitCode),
            ExitCode.Cancelled => Messages.Build_ToolCancelled(specFile, exitCode),
            _ => Messages.Build_ToolExitedUnexpectedly(specFile, exitCode),
        };
}
