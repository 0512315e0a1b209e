using System.CommandLine;
using TrainTasks.Cli.Console;
using TrainTasks.Cli.Sweeping;

namespace TrainTasks.Cli.Commands;

/// <summary><c>dotnet train run</c>: train one configuration of a spec, outside any study.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter? output, TextWriter? error)
    {
        var spec = CommonOptions.Spec();
        var verbosity = CommonOptions.Verbosity();
        var outputDirectory = new Option<DirectoryInfo?>("--out", "-o")
        {
            Description = "Folder that receives model.bin and metrics.json. Default: <spec folder>/models/<name>/run.",
        };
        var assignments = new Option<string[]>("--set")
        {
            Description = "Set a parameter, as name=JSON value (for example learningRate=0.01 or hidden=[64,32]); "
                + "repeat for several. Unset searched parameters take the spec's fixed values.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("run", "Train one configuration and print its metrics; nothing is cached.")
        {
            spec, verbosity, outputDirectory, assignments,
        };
        command.SetAction(parseResult =>
        {
            var console = new ToolConsole(parseResult.GetValue(verbosity), output, error);
            var options = new SingleRunOptions(
                parseResult.GetValue(spec)!,
                parseResult.GetValue(assignments) ?? [],
                parseResult.GetValue(outputDirectory));
            return (int)CommandGuard.Run(console, token => new SingleRunWorkflow(options, console).Run(token));
        });
        return command;
    }
}
