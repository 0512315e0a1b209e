using TrainTasks.Core.Sweeps;
using TrainTasks.Core.Trials;

namespace TrainTasks.Cli.Console;

/// <summary>Progress as plain lines: one per finished trial, epochs at detailed verbosity.</summary>
internal sealed class PlainProgress : ISweepObserver
{
    private readonly ToolConsole _console;
    private int _ordinal;
    private int _budget;

    public PlainProgress(ToolConsole console)
    {
        _console = console;
    }

    public void TrialStarted(Trial trial, int ordinal, int budget)
    {
        _ordinal = ordinal;
        _budget = budget;
        _console.WriteLine(
            Verbosity.Detailed,
            $"trial {ordinal}/{budget} (#{trial.Number}): {trial.Parameters}{TrialText.Origin(trial)}");
    }

    public void EpochFinished(Trial trial, EpochRecord epoch) =>
        _console.WriteLine(Verbosity.Detailed, $"  epoch {epoch.Epoch}: {TrialText.Epoch(epoch)}");

    public void TrialFinished(Trial trial, Trial? best)
    {
        var memory = Environment.WorkingSet / (1024 * 1024);
        _console.WriteLine(
            Verbosity.Normal,
            $"trial {_ordinal}/{_budget} (#{trial.Number}) {TrialText.Outcome(trial)}; best {TrialText.Best(best)}");
        _console.WriteLine(Verbosity.Detailed, $"  {trial.Parameters}; process memory {memory} MB");
    }
}
