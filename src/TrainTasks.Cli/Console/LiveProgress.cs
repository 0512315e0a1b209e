using Spectre.Console;
using TrainTasks.Core.Sweeps;
using TrainTasks.Core.Trials;

namespace TrainTasks.Cli.Console;

/// <summary>A live progress display on a terminal: trial n of N, epoch, best so far.</summary>
internal sealed class LiveProgress : ISweepObserver
{
    private readonly ProgressTask _task;
    private readonly int _epochsPerTrial;
    private int _ordinal;
    private int _budget;
    private Trial? _best;

    public LiveProgress(ProgressTask task, int epochsPerTrial)
    {
        _task = task;
        _epochsPerTrial = Math.Max(epochsPerTrial, 1);
    }

    public static T Run<T>(int budget, int epochsPerTrial, Func<ISweepObserver, T> sweep)
    {
        return AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn(),
                new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("starting", maxValue: budget * epochsPerTrial);
                var result = sweep(new LiveProgress(task, epochsPerTrial));
                task.StopTask();
                return result;
            });
    }

    public void TrialStarted(Trial trial, int ordinal, int budget)
    {
        _ordinal = ordinal;
        _budget = budget;
        _task.MaxValue = budget * _epochsPerTrial;
        _task.Value = (ordinal - 1) * _epochsPerTrial;
        Describe("training");
    }

    public void EpochFinished(Trial trial, EpochRecord epoch)
    {
        _task.Value = ((_ordinal - 1) * _epochsPerTrial) + Math.Min(epoch.Epoch, _epochsPerTrial);
        Describe($"epoch {epoch.Epoch}/{_epochsPerTrial}");
    }

    public void TrialFinished(Trial trial, Trial? best)
    {
        _best = best;
        _task.Value = _ordinal * _epochsPerTrial;
        Describe(TrialText.Outcome(trial));
    }

    private void Describe(string state) => _task.Description = Markup.Escape(
        $"trial {_ordinal}/{_budget} · {state} · best {TrialText.Best(_best)}");
}
