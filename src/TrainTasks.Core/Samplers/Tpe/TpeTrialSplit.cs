using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers.Tpe;

/// <summary>
/// The good and bad groups of <see cref="TpeSplit"/> as the trials' parameters, for a conditional
/// space, where trials hold different parameters and so have no common point.
/// </summary>
/// <param name="Good">The best complete trials' parameters, in trial order.</param>
/// <param name="Bad">The other complete trials, and pruned and running trials, in trial order.</param>
internal sealed record TpeTrialSplit(IReadOnlyList<TrialParameters> Good, IReadOnlyList<TrialParameters> Bad)
{
    /// <summary>Splits the trials that lie in <paramref name="space"/> as <see cref="TpeSplit"/> does.</summary>
    public static TpeTrialSplit Of(
        SearchSpace space,
        IReadOnlyList<Trial> history,
        OptimizationDirection direction,
        TpeOptions options)
    {
        // Each usable trial stands for itself by its index, so the groups map back to the trials.
        var indices = history
            .Select((trial, index) => space.Contains(trial.Parameters) ? new double[] { index } : null)
            .ToArray();
        var split = TpeSplit.Of(history, indices, direction, options);
        return new TpeTrialSplit(TrialsAt(split.Good), TrialsAt(split.Bad));

        List<TrialParameters> TrialsAt(IReadOnlyList<double[]> points) =>
            points.Select(point => history[(int)point[0]].Parameters).ToList();
    }
}
