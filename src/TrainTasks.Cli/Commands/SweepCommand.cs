using System.CommandLine;
using TrainTasks.Cli.Console;
using TrainTasks.Cli.Sweeping;

namespace TrainTasks.Cli.Commands;

/// <summary><c>dotnet train sweep</c>: run or resume a sweep and write its outputs.</summary>
internal static class SweepCommand
{
    public static Command Create(string[] args, TextWriter? output, TextWriter? error)
    {
        var spec = CommonOptions.Spec();
        var verbosity = CommonOptions.Verbosity();
        var progress = CommonOptions.Progress();
        var cacheDirectory = CommonOptions.CacheDirectory();
        var storage = CommonOptions.Storage();
        var outputDirectory = CommonOptions.Output();
        var trials = CommonOptions.Trials();
        var seed = CommonOptions.Seed();
        var stamp = new Option<FileInfo?>("--stamp")
        {
            Description = "Write a build stamp here after a successful sweep (used by the MSBuild task).",
        };
        var command = new Command("sweep", "Run or resume a sweep; finished trials and cached models are reused.")
        {
            spec, verbosity, progress, cacheDirectory, storage, outputDirectory, trials, seed, stamp,
        };
        command.SetAction(parseResult =>
        {
            var options = new SweepOptions
            {
                Spec = parseResult.GetValue(spec)!,
                Verbosity = parseResult.GetValue(verbosity),
                Progress = parseResult.GetValue(progress),
                CacheDirectory = parseResult.GetValue(cacheDirectory),
                Storage = parseResult.GetValue(storage),
                Output = parseResult.GetValue(outputDirectory),
                Stamp = parseResult.GetValue(stamp),
                Trials = parseResult.GetValue(trials),
                Seed = parseResult.GetValue(seed),
                Arguments = StampArguments(args),
            };
            var console = new ToolConsole(options.Verbosity, output, error);
            return (int)CommandGuard.Run(console, token => new SweepWorkflow(options, console).Run(token));
        });
        return command;
    }

    /// <summary>
    /// The arguments as the build stamp records them: as passed, joined by spaces, without the
    /// progress option, which changes nothing in the outputs.
    /// </summary>
    private static string StampArguments(string[] args)
    {
        var kept = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--progress")
            {
                i++;
                continue;
            }

            kept.Add(args[i]);
        }

        return string.Join(' ', kept);
    }
}
