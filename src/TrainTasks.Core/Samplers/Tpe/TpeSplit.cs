using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers.Tpe;

/// <summary>The trials of a history divided into the good group and the bad group.</summary>
/// <param name="Good">The best complete trials' parameters, best first.</param>
/// <param name="Bad">The other complete trials, then pruned and running trials.</param>
internal sealed record TpeSplit(IReadOnlyList<TrialParameters> Good, IReadOnlyList<TrialParameters> Bad)
{
    /// <summary>The number of complete trials with a finite value, the ones that are ranked.</summary>
    public static int RankedCount(IReadOnlyList<Trial> history) => history.Count(IsRanked);

    /// <summary>The size of the good group among <paramref name="rankedCount"/> ranked trials.</summary>
    /// <remarks>ceil(fraction * n) capped at the maximum: 1 of 1 to 10, 2 of 11 to 20, ..., 25 from 241 on.</remarks>
    public static int GoodCount(int rankedCount, TpeOptions options) =>
        Math.Min((int)Math.Ceiling(options.GoodFraction * rankedCount), options.MaxGoodTrials);

    /// <summary>
    /// Ranks complete trials by value (ties by trial number) and puts running trials among the bad
    /// ones, the constant liar: a trial another worker is training counts as a poor result, so
    /// the next suggestion moves away from it. Pruned trials were stopped for looking poor and
    /// count as bad too; failed trials, and trials whose values lie outside the space, are left out.
    /// </summary>
    public static TpeSplit Of(
        SearchSpace space,
        IReadOnlyList<Trial> history,
        OptimizationDirection direction,
        TpeOptions options)
    {
        var usable = history.Where(trial => space.Contains(trial.Parameters)).ToList();
        var sign = direction == OptimizationDirection.Maximize ? -1.0 : 1.0;
        var ranked = usable
            .Where(IsRanked)
            .OrderBy(trial => sign * trial.Value!.Value)
            .ThenBy(trial => trial.Number)
            .Select(trial => trial.Parameters)
            .ToList();
        var goodCount = GoodCount(ranked.Count, options);
        var pending = usable
            .Where(trial => trial.State is TrialState.Running or TrialState.Pruned)
            .Select(trial => trial.Parameters);
        return new TpeSplit(
            InTrialOrder(ranked.Take(goodCount), usable),
            InTrialOrder(ranked.Skip(goodCount).Concat(pending), usable));
    }

    // The estimators weigh older observations less, so each group goes to them in trial order.
    private static List<TrialParameters> InTrialOrder(IEnumerable<TrialParameters> group, List<Trial> usable)
    {
        var members = group.ToHashSet(ReferenceEqualityComparer.Instance);
        return usable.Where(trial => members.Contains(trial.Parameters)).Select(trial => trial.Parameters).ToList();
    }

    private static bool IsRanked(Trial trial) =>
        trial.State == TrialState.Complete && trial.Value is { } value && double.IsFinite(value);
}
