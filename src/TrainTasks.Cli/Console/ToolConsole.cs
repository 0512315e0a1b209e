using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Cli.Console;

/// <summary>
/// The one place the tool writes to the console. Diagnostics go to stderr in MSBuild's
/// canonical form, so the MSBuild task turns them into build errors; stdout carries progress
/// and the results a script asks for.
/// </summary>
internal sealed class ToolConsole
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;

    public ToolConsole(Verbosity verbosity, TextWriter? output = null, TextWriter? error = null)
    {
        Verbosity = verbosity;
        _out = output ?? System.Console.Out;
        _error = error ?? System.Console.Error;
    }

    public Verbosity Verbosity { get; }

    public TextWriter Out => _out;

    public int ErrorCount { get; private set; }

    public void Report(Diagnostic diagnostic)
    {
        if (diagnostic.IsError)
        {
            ErrorCount++;
        }
        else if (Verbosity == Verbosity.Quiet)
        {
            return;
        }

        _error.WriteLine(diagnostic.ToCanonicalString());
    }

    public void ReportAll(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Report(diagnostic);
        }
    }

    /// <summary>
    /// Reports a bug in TrainTasks: no code, since it is not the user's to fix; the stack trace
    /// at diagnostic verbosity.
    /// </summary>
    public void ReportInternalError(Exception exception)
    {
        ErrorCount++;
        var detail = Verbosity >= Verbosity.Diagnostic ? exception.ToString() : exception.Message;
        _error.WriteLine(
            $"{Diagnostic.ToolOrigin}: error : internal error ({exception.GetType().Name}): {detail} "
            + "This is a bug in TrainTasks; run again with --verbosity diagnostic for the stack trace.");
    }

    public void WriteLine(Verbosity minimum, string text)
    {
        if (Verbosity >= minimum)
        {
            _out.WriteLine(text);
        }
    }

    public void Result(string text) => _out.WriteLine(text);
}
