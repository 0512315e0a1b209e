using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers.Gp;

/// <summary>
/// The training data of the Gaussian process: encoded points of the complete trials with their
/// values (negated when maximizing, so smaller is always better; log-warped when that fits them
/// better, see <see cref="OutputWarp"/>) standardized, then the running trials with the best value
/// as a constant liar.
/// </summary>
internal sealed class GpObservations
{
    private GpObservations(List<double[]> points, List<double> targets, int completeCount, double best)
    {
        Points = points;
        Targets = targets;
        CompleteCount = completeCount;
        Best = best;
    }

    /// <summary>The encoded points: complete trials first, then running ones.</summary>
    public List<double[]> Points { get; }

    /// <summary>The standardized values, smaller is better; running trials carry <see cref="Best"/>.</summary>
    public List<double> Targets { get; }

    /// <summary>The number of complete trials with a finite value in the space.</summary>
    public int CompleteCount { get; }

    /// <summary>The smallest standardized value of a complete trial; 0 when there is none.</summary>
    public double Best { get; }

    /// <summary>Reads the trials of <paramref name="history"/> whose parameters lie in the space.</summary>
    public static GpObservations Gather(
        SearchSpace space,
        IReadOnlyList<Trial> history,
        SpaceEncoding encoding,
        OptimizationDirection direction)
    {
        var inSpace = history
            .Select(trial => (Trial: trial, Parameters: space.Restrict(trial.Parameters)))
            .Where(pair => space.Contains(pair.Parameters))
            .ToList();
        var complete = inSpace
            .Where(pair => pair.Trial.State == TrialState.Complete && double.IsFinite(pair.Trial.Value ?? double.NaN))
            .ToList();
        var targets = Standardize(
            OutputWarp.Apply(complete.Select(pair => Signed(pair.Trial.Value!.Value, direction)).ToList()));
        var best = targets.Count == 0 ? 0 : targets.Min();
        var points = complete.Select(pair => encoding.Encode(pair.Parameters)).ToList();
        foreach (var (_, parameters) in inSpace.Where(pair => pair.Trial.State == TrialState.Running))
        {
            points.Add(encoding.Encode(parameters));
            targets.Add(best);
        }

        return new GpObservations(points, targets, complete.Count, best);
    }

    /// <summary>
    /// At most <paramref name="limit"/> observations for the kernel fit, evenly spaced in trial
    /// order so early and late trials both count.
    /// </summary>
    /// <remarks>
    /// Limitation: the kernel fit sees a subset once the history passes the limit, so its length
    /// scales are less precise than a fit on every trial; the full fit costs the cube of the trial
    /// count per likelihood evaluation and would break the suggestion-time budget.
    /// </remarks>
    public (List<double[]> Points, List<double> Targets) Subset(int limit)
    {
        if (Points.Count <= limit)
        {
            return (Points, Targets);
        }

        var indexes = Enumerable.Range(0, limit)
            .Select(k => (int)((long)k * Points.Count / limit))
            .ToList();
        return ([.. indexes.Select(index => Points[index])], [.. indexes.Select(index => Targets[index])]);
    }

    private static double Signed(double value, OptimizationDirection direction) =>
        direction == OptimizationDirection.Maximize ? -value : value;

    // All-equal values get a spread of 1, so they standardize to zeros instead of dividing by 0.
    private static List<double> Standardize(List<double> values)
    {
        if (values.Count == 0)
        {
            return values;
        }

        var mean = values.Average();
        var spread = Math.Sqrt(values.Sum(value => (value - mean) * (value - mean)) / values.Count);
        if (!(spread > 1e-12 * Math.Max(1, Math.Abs(mean))))
        {
            spread = 1;
        }

        return [.. values.Select(value => (value - mean) / spread)];
    }
}
