using TrainTasks.Cli.Commands;

namespace TrainTasks.Cli.Tests;

/// <summary>One in-process run of <c>dotnet train</c>, with what it printed.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public static ToolRun Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = ToolCommandLine.Invoke(args, output, error);

        return new ToolRun(exitCode, output.ToString(), error.ToString());
    }
}
