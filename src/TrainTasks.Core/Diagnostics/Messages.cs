namespace TrainTasks.Core.Diagnostics;

/// <summary>
/// The one catalog of user-facing diagnostics. Each area keeps its messages in a file of its
/// own (<c>Messages.Spec.cs</c> for TT1xxx, and so on); <c>docs/diagnostics.md</c> lists every
/// code. Codes are never reused or renumbered.
/// </summary>
public static partial class Messages
{
    private static Diagnostic Error(string code, string message, SourceLocation? location = null) =>
        new(code, DiagnosticSeverity.Error, message, location);

    private static Diagnostic Warning(string code, string message, SourceLocation? location = null) =>
        new(code, DiagnosticSeverity.Warning, message, location);
}
