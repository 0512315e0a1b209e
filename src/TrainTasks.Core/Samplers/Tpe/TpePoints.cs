using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers.Tpe;

/// <summary>
/// Each trial's point in the estimators' scales (one coordinate per dimension, in space order),
/// remembered between suggestions so a growing history is read once.
/// </summary>
/// <remarks>
/// Parameter sets are immutable, so a point is remembered by the identity of its parameter set
/// and stays valid while the space is the same object. Reading a value by name costs a tree
/// lookup; at a thousand trials of five parameters that was a fifth of a suggestion's time.
/// Not thread-safe, like the sampler that owns it.
/// </remarks>
internal sealed class TpePoints
{
    private SearchSpace? _space;
    private Dictionary<TrialParameters, double[]?> _known = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The point of each trial of <paramref name="history"/>, or null for a trial that does not
    /// give every parameter a value it may take.
    /// </summary>
    public double[]?[] Of(SearchSpace space, IReadOnlyList<TpeDimension> dimensions, IReadOnlyList<Trial> history)
    {
        // Parameter sets of trials no longer in the history would otherwise be kept forever.
        if (!ReferenceEquals(space, _space) || _known.Count > 2 * history.Count)
        {
            (_space, _known) = (space, new(ReferenceEqualityComparer.Instance));
        }

        var points = new double[]?[history.Count];
        for (var index = 0; index < history.Count; index++)
        {
            var parameters = history[index].Parameters;
            if (!_known.TryGetValue(parameters, out var point))
            {
                point = PointOf(dimensions, parameters);
                _known.Add(parameters, point);
            }

            points[index] = point;
        }

        return points;
    }

    /// <summary>The point of one parameter set, or null when a parameter is missing or out of its range.</summary>
    public static double[]? PointOf(IReadOnlyList<TpeDimension> dimensions, TrialParameters parameters)
    {
        var point = new double[dimensions.Count];
        for (var index = 0; index < dimensions.Count; index++)
        {
            var dimension = dimensions[index];
            if (!parameters.TryGetValue(dimension.Parameter.Name, out var value)
                || !dimension.Parameter.Contains(value))
            {
                return null;
            }

            point[index] = dimension.ToScale(value);
        }

        return point;
    }
}
