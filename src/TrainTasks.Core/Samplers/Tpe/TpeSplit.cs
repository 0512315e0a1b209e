using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers.Tpe;

/// <summary>
/// The trials of a history divided into the good group and the bad group, each trial as a point
/// in the estimators' scales (one coordinate per dimension, in space order).
/// </summary>
/// <param name="Good">The best complete trials, in trial order.</param>
/// <param name="Bad">The other complete trials, and pruned and running trials, in trial order.</param>
internal sealed record TpeSplit(IReadOnlyList<double[]> Good, IReadOnlyList<double[]> Bad)
{
    /// <summary>The number of complete trials with a finite value, the ones that are ranked.</summary>
    public static int RankedCount(IReadOnlyList<Trial> history) => history.Count(IsRanked);

    /// <summary>The size of the good group among <paramref name="rankedCount"/> ranked trials.</summary>
    /// <remarks>
    /// ceil(fraction * n) capped at the maximum; with 0.1: 1 of 1 to 10, 2 of 11 to 20, ..., 25 from 241 on.
    /// </remarks>
    public static int GoodCount(int rankedCount, TpeOptions options) =>
        Math.Min((int)Math.Ceiling(options.GoodShare * rankedCount), options.MaxGoodTrials);

    /// <inheritdoc cref="Of(IReadOnlyList{Trial}, IReadOnlyList{double[]}, OptimizationDirection, TpeOptions)"/>
    public static TpeSplit Of(
        IReadOnlyList<TpeDimension> dimensions,
        IReadOnlyList<Trial> history,
        OptimizationDirection direction,
        TpeOptions options) =>
        Of(
            history,
            history.Select(trial => TpePoints.PointOf(dimensions, trial.Parameters)).ToArray(),
            direction,
            options);

    /// <summary>
    /// Ranks complete trials by value (ties by trial number) and puts running trials among the bad
    /// ones, the constant liar: a trial another worker is training counts as a poor result, so
    /// the next suggestion moves away from it. Pruned trials were stopped for looking poor and
    /// count as bad too; failed trials, and trials whose values lie outside the space (a null
    /// point), are left out. Both groups keep trial order, since the estimators weigh older
    /// observations less.
    /// </summary>
    public static TpeSplit Of(
        IReadOnlyList<Trial> history,
        IReadOnlyList<double[]?> points,
        OptimizationDirection direction,
        TpeOptions options)
    {
        var rankedCount = Enumerable.Range(0, history.Count).Count(index => IsUsableAndRanked(history, points, index));
        var isGood = MarkBest(history, points, direction, GoodCount(rankedCount, options));
        var (good, bad) = (new List<double[]>(), new List<double[]>(history.Count));
        for (var index = 0; index < history.Count; index++)
        {
            if (points[index] is not { } point)
            {
                continue;
            }

            var trial = history[index];
            if (isGood[index])
            {
                good.Add(point);
            }
            else if (IsRanked(trial) || trial.State is TrialState.Running or TrialState.Pruned)
            {
                bad.Add(point);
            }
        }

        return new TpeSplit(good, bad);
    }

    // Marks the best ranked trials by keeping them sorted in a list of at most count; with few
    // good trials among many, most trials take one comparison, against the worst kept so far.
    private static bool[] MarkBest(
        IReadOnlyList<Trial> history,
        IReadOnlyList<double[]?> points,
        OptimizationDirection direction,
        int count)
    {
        var sign = direction == OptimizationDirection.Maximize ? -1.0 : 1.0;
        var best = new List<int>(count + 1);
        for (var index = 0; index < history.Count && count > 0; index++)
        {
            if (!IsUsableAndRanked(history, points, index)
                || (best.Count == count && !IsBetter(history, sign, index, best[^1])))
            {
                continue;
            }

            var position = best.Count;
            while (position > 0 && IsBetter(history, sign, index, best[position - 1]))
            {
                position--;
            }

            best.Insert(position, index);
            if (best.Count > count)
            {
                best.RemoveAt(count);
            }
        }

        var marks = new bool[history.Count];
        best.ForEach(index => marks[index] = true);
        return marks;
    }

    // Lower signed value first, then lower trial number, then earlier place in the history.
    private static bool IsBetter(IReadOnlyList<Trial> history, double sign, int candidate, int incumbent)
    {
        var (first, second) = (history[candidate], history[incumbent]);
        var (firstKey, secondKey) = (sign * first.Value!.Value, sign * second.Value!.Value);
        if (firstKey != secondKey)
        {
            return firstKey < secondKey;
        }

        return first.Number != second.Number ? first.Number < second.Number : candidate < incumbent;
    }

    private static bool IsUsableAndRanked(IReadOnlyList<Trial> history, IReadOnlyList<double[]?> points, int index) =>
        points[index] is not null && IsRanked(history[index]);

    private static bool IsRanked(Trial trial) =>
        trial.State == TrialState.Complete && trial.Value is { } value && double.IsFinite(value);
}
