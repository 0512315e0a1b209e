using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.MSBuild.Tasks;

/// <summary>Logs catalog diagnostics as MSBuild errors and warnings with their codes.</summary>
internal static class DiagnosticLogging
{
    /// <summary>
    /// Logs <paramref name="diagnostic"/> at its own location, or at the task's element in the
    /// project file when it has none.
    /// </summary>
    public static void LogDiagnostic(this TaskLoggingHelper log, IBuildEngine engine, Diagnostic diagnostic)
    {
        var location = diagnostic.Location ?? new SourceLocation(
            engine.ProjectFileOfTaskNode,
            engine.LineNumberOfTaskNode,
            engine.ColumnNumberOfTaskNode);
        var message = diagnostic.Location?.JsonPath is { } path
            ? $"{path}: {diagnostic.Message}"
            : diagnostic.Message;
        if (diagnostic.IsError)
        {
            log.LogError(null, diagnostic.Code, null, location.File, location.Line, location.Column, 0, 0, message);
            return;
        }

        log.LogWarning(null, diagnostic.Code, null, location.File, location.Line, location.Column, 0, 0, message);
    }
}
