using System.CommandLine;
using TrainTasks.Cli.Console;
using TrainTasks.Cli.Sweeping;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Reports;
using TrainTasks.Core.Sweeps;
using TrainTasks.Torch.Training;

namespace TrainTasks.Cli.Commands;

/// <summary><c>dotnet train report</c>: write a sweep's outputs from its study, training nothing.</summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter? output, TextWriter? error)
    {
        var spec = CommonOptions.Spec();
        var verbosity = CommonOptions.Verbosity();
        var cacheDirectory = CommonOptions.CacheDirectory();
        var storage = CommonOptions.Storage();
        var outputDirectory = CommonOptions.Output();
        var command = new Command(
            "report",
            "Write model.bin, best-params.json, report.md and trials.csv from the study, training nothing.")
        {
            spec, verbosity, cacheDirectory, storage, outputDirectory,
        };
        command.SetAction(parseResult =>
        {
            var options = new SweepOptions
            {
                Spec = parseResult.GetValue(spec)!,
                Verbosity = parseResult.GetValue(verbosity),
                CacheDirectory = parseResult.GetValue(cacheDirectory),
                Storage = parseResult.GetValue(storage),
                Output = parseResult.GetValue(outputDirectory),
            };
            var console = new ToolConsole(options.Verbosity, output, error);
            return (int)CommandGuard.Run(console, token => Report(options, console, token));
        });
        return command;
    }

    private static ExitCode Report(SweepOptions options, ToolConsole console, CancellationToken token)
    {
        var spec = SpecInput.Load(options.Spec, trials: null, seed: null, console);
        if (spec is null)
        {
            return ExitCode.BadInput;
        }

        using var trainer = new TorchTrainer();
        using var session = SweepSession.Open(spec, options, trainer, console, token);
        var outcome = session.Run(NullSweepObserver.Instance, token, budget: 0);
        if (outcome.Trials.Count == 0)
        {
            console.Report(Messages.Sweep_NothingToReport(spec.Name, session.StoragePath));
            return ExitCode.BadInput;
        }

        if (outcome.Best is not null)
        {
            NativeStartup.Load(console);
        }

        var directory = Path.Combine(SweepLocations.OutputRoot(spec, options.Output), spec.Name);
        var refit = session.Refit(outcome, token, cachedOnly: true);
        var summary = session.Summarize(outcome, refit);
        var files = SweepOutputWriter.Write(directory, summary, refit?.ModelFile ?? outcome.BestModelFile);
        console.Result(files.ReportFile);
        return outcome.Best is null ? ExitCode.TrainingFailed : ExitCode.Success;
    }
}
