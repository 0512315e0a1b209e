using System.CommandLine;
using TrainTasks.Cli.Console;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Cli.Commands;

/// <summary>Builds the <c>dotnet train</c> command line and runs it.</summary>
internal static class ToolCommandLine
{
    private const string ExitCodeHelp =
        "Exit codes: 0 success, 1 a metric gate failed, 2 bad input (spec, options, data files), " +
        "3 environment problem (native library, disk), 4 internal error, 5 no trial completed, 130 cancelled.";

    public static int Invoke(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var root = new RootCommand($"Hyperparameter sweeps with TorchSharp, cached and reproducible. {ExitCodeHelp}")
        {
            SweepCommand.Create(args, output, error),
            RunCommand.Create(output, error),
            ReportCommand.Create(output, error),
            DoctorCommand.Create(output, error),
            CacheCommand.Create(output, error),
        };
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            var console = new ToolConsole(Verbosity.Normal, output, error);
            foreach (var parseError in parseResult.Errors)
            {
                console.Report(Messages.Cli_InvalidCommandLine(parseError.Message));
            }

            return (int)ExitCode.BadInput;
        }

        var configuration = new InvocationConfiguration
        {
            Output = output ?? System.Console.Out,
            Error = error ?? System.Console.Error,
        };
        return parseResult.Invoke(configuration);
    }
}
