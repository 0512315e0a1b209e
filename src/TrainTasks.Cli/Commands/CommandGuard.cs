using System.Runtime.InteropServices;
using TrainTasks.Cli.Console;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Cli.Commands;

/// <summary>
/// Runs a command's body with Ctrl+C and SIGTERM turned into cancellation, expected failures
/// turned into coded diagnostics and exit codes, and anything else reported once as an
/// internal error.
/// </summary>
internal static class CommandGuard
{
    public static ExitCode Run(ToolConsole console, Func<CancellationToken, ExitCode> body)
    {
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        System.Console.CancelKeyPress += onCancel;
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            cancellation.Cancel();
        });
        try
        {
            return body(cancellation.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            console.Report(Messages.Cli_Cancelled());
            return ExitCode.Cancelled;
        }
        catch (TrainTasksException exception)
        {
            console.Report(exception.Diagnostic);
            return ExitCodeOf(exception.Diagnostic);
        }
        catch (Exception exception)
        {
            console.ReportInternalError(exception);
            return ExitCode.InternalError;
        }
        finally
        {
            System.Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>Bad input for spec, option and data errors; environment for the rest.</summary>
    public static ExitCode ExitCodeOf(Diagnostic diagnostic) =>
        Messages.IsInputProblem(diagnostic.Code) ? ExitCode.BadInput : ExitCode.Environment;
}
