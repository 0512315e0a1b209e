using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers;

/// <summary>
/// Tries every point of a finite search space exactly once, in a seeded shuffled order, and
/// then says that the grid is exhausted.
/// </summary>
/// <remarks>
/// A point is taken as soon as any trial of the history has it, whatever that trial's state:
/// running, complete, pruned or failed. Failed points are therefore not retried; a failure is
/// usually a property of the configuration (a diverging learning rate), and retrying it would
/// make a grid never end. The visiting order depends only on the seed and the grid size, so a
/// relaunched study continues with the next untaken point of the same order. In a conditional
/// space the points are the valid configurations only (see <see cref="SearchSpace.GridPointAt"/>),
/// so a parameter a choice leaves inactive adds no duplicates.
/// </remarks>
public sealed class GridSampler : ISampler
{
    /// <summary>Makes a grid sampler.</summary>
    /// <param name="seed">Seed of the visiting order (spec field <c>seed</c>).</param>
    public GridSampler(int seed)
    {
        Seed = seed;
    }

    /// <summary>The seed of the visiting order.</summary>
    public int Seed { get; }

    /// <inheritdoc />
    public string Name => "grid";

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The space has a continuous parameter.</exception>
    public Suggestion Suggest(SearchSpace space, IReadOnlyList<Trial> history)
    {
        var cardinality = space.Cardinality ?? throw new InvalidOperationException(
            "A grid needs every parameter to be finite; give each float parameter a step.");

        var taken = TakenPoints(space, history);

        foreach (var index in GridOrder.Indexes(cardinality, Seed))
        {
            var point = space.GridPointAt(index);
            if (!taken.Contains(point.CanonicalJson))
            {
                return Suggestion.Try(point);
            }
        }

        return Suggestion.Exhausted($"all {cardinality} grid points have been evaluated");
    }

    private static HashSet<string> TakenPoints(SearchSpace space, IReadOnlyList<Trial> history) =>
        history.Select(trial => space.Restrict(trial.Parameters).CanonicalJson).ToHashSet(StringComparer.Ordinal);
}
