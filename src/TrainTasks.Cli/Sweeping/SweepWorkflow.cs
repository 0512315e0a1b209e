using TrainTasks.Cli.Console;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Reports;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Sweeps;
using TrainTasks.Torch.Training;

namespace TrainTasks.Cli.Sweeping;

/// <summary>
/// The steps of <c>dotnet train sweep</c>: load and check the spec, load TorchSharp, run the
/// sweep, evaluate the winner on the test set, write the outputs and, for the build, a stamp.
/// </summary>
internal sealed class SweepWorkflow
{
    private readonly SweepOptions _options;
    private readonly ToolConsole _console;

    public SweepWorkflow(SweepOptions options, ToolConsole console)
    {
        _options = options;
        _console = console;
    }

    public ExitCode Run(CancellationToken cancellationToken)
    {
        var spec = SpecInput.Load(_options.Spec, _options.Trials, _options.Seed, _console);
        if (spec is null)
        {
            return ExitCode.BadInput;
        }

        NativeStartup.Load(_console);
        using var trainer = new TorchTrainer();
        trainer.LoadData(spec.Data);
        using var session = SweepSession.Open(spec, _options, trainer, _console, cancellationToken);
        var outcome = RunWithProgress(session, cancellationToken);
        var refit = Refit(session, outcome, cancellationToken);
        var summary = session.Summarize(outcome, refit);
        var outputDirectory = Path.Combine(SweepLocations.OutputRoot(spec, _options.Output), spec.Name);
        var model = refit?.ModelFile ?? outcome.BestModelFile;
        var outputs = SweepOutputWriter.Write(outputDirectory, summary, model);
        if (outcome.Best is null)
        {
            _console.Report(Messages.Sweep_NoTrialCompleted(spec.Name, outcome.Trials.Count, outputs.ReportFile));
            return ExitCode.TrainingFailed;
        }

        WriteStamp(spec, session, summary, outputs);
        _console.WriteLine(Verbosity.Minimal, SummaryLine(spec, outcome, summary, outputDirectory));
        if (outcome.ExhaustedReason is { } reason)
        {
            _console.WriteLine(
                Verbosity.Minimal,
                $"{spec.Name}: stopped before the budget of {spec.Trials} trials, "
                + $"the search space is exhausted: {reason}");
        }

        return ExitCode.Success;
    }

    private SweepOutcome RunWithProgress(SweepSession session, CancellationToken cancellationToken)
    {
        var mode = _options.Progress;
        if (mode == ProgressMode.Auto)
        {
            mode = System.Console.IsOutputRedirected || _console.Verbosity < Verbosity.Normal
                ? ProgressMode.Plain
                : ProgressMode.Live;
        }

        return mode switch
        {
            ProgressMode.Live => LiveProgress.Run(
                session.Budget,
                session.EpochsPerTrial,
                observer => session.Run(observer, cancellationToken)),
            ProgressMode.Plain => session.Run(new PlainProgress(_console), cancellationToken),
            _ => session.Run(NullSweepObserver.Instance, cancellationToken),
        };
    }

    private RefitOutcome? Refit(SweepSession session, SweepOutcome outcome, CancellationToken cancellationToken)
    {
        if (!session.Spec.Refit || outcome.Best is null)
        {
            return null;
        }

        _console.WriteLine(Verbosity.Normal, "refit: the best configuration on every training row");
        var refit = session.Refit(outcome, cancellationToken);
        var source = refit!.FromCache ? "from the cache" : "trained";
        var accuracy = TrialText.Value(refit.Metrics.GetValueOrDefault("train_accuracy", double.NaN));
        _console.WriteLine(Verbosity.Normal, $"refit: {source}, train_accuracy {accuracy}");
        return refit;
    }

    private void WriteStamp(SweepSpec spec, SweepSession session, SweepSummary summary, SweepOutputFiles outputs)
    {
        if (_options.Stamp is null)
        {
            return;
        }

        var stamp = session.CreateStamp(summary, outputs, _options.Arguments);
        stamp.Write(_options.Stamp.FullName);
        _console.WriteLine(Verbosity.Detailed, $"build stamp written to {_options.Stamp.FullName}");
    }

    private static string SummaryLine(SweepSpec spec, SweepOutcome outcome, SweepSummary summary, string directory)
    {
        var best = outcome.Best!;
        var test = summary.TestMetrics.TryGetValue("test_accuracy", out var accuracy)
            ? $", test_accuracy {TrialText.Value(accuracy)}"
            : "";
        return $"{spec.Name}: {outcome.Trials.Count} trials ({outcome.Trained} trained, "
            + $"{outcome.FromCache} from cache, {outcome.Reused} reused from the study); best {spec.Objective.Metric} "
            + $"{TrialText.Value(best.Value)} (trial {best.Number}){test} -> {directory}";
    }
}
