using System.Numerics;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers;

/// <summary>
/// The configurations a study has already tried, as samplers use them to avoid repeats in a
/// finite space and to say when it is exhausted. A trial counts in any state.
/// </summary>
internal static class SeenConfigurations
{
    /// <summary>The canonical JSON of every trial's values of the space's parameters.</summary>
    public static HashSet<string> Of(SearchSpace space, IReadOnlyList<Trial> history) =>
        history.Select(trial => space.Restrict(trial.Parameters).CanonicalJson).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether every configuration of a space of <paramref name="cardinality"/> has been tried.
    /// Seen configurations outside the space (left by hand in a study) do not count; checking
    /// membership is the costly part, so it runs only when it can matter.
    /// </summary>
    public static bool IsExhausted(
        SearchSpace space,
        IReadOnlyList<Trial> history,
        int seenCount,
        BigInteger cardinality)
    {
        if (seenCount < cardinality)
        {
            return false;
        }

        var seenInSpace = history
            .Select(trial => space.Restrict(trial.Parameters))
            .Where(space.Contains)
            .Select(parameters => parameters.CanonicalJson)
            .Distinct(StringComparer.Ordinal)
            .Count();
        return seenInSpace >= cardinality;
    }

    /// <summary>One of the configurations not yet seen, chosen by <paramref name="random"/>.</summary>
    public static TrialParameters PickUnseen(SearchSpace space, HashSet<string> seen, SeededRandom random)
    {
        var unseen = space.EnumerateGrid().Where(point => !seen.Contains(point.CanonicalJson)).ToList();
        return unseen[(int)random.NextInt64(unseen.Count)];
    }
}
