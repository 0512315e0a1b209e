using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers;

/// <summary>
/// Draws each parameter independently: uniform, log-uniform, or uniform over its step or
/// choices. In a finite space no configuration is proposed twice while unseen ones remain.
/// </summary>
/// <remarks>
/// Every parameter has its own random stream, keyed by a stable hash of the seed, the trial
/// number, the parameter name and the attempt; changing one parameter's range therefore
/// changes only that parameter's values. A draw that repeats a configuration of the history
/// (in any state) is drawn again up to <see cref="MaxRedraws"/> times; then, in a finite space
/// of at most <see cref="EnumerationLimit"/> configurations, one of the unseen configurations is
/// picked uniformly. A finite space whose configurations have all been seen is exhausted. In a
/// conditional space a parameter is drawn only when its parent's value makes it active.
/// </remarks>
public sealed class RandomSampler : ISampler
{
    /// <summary>How many times a repeated configuration is drawn again.</summary>
    public const int MaxRedraws = 16;

    /// <summary>The largest finite space whose unseen configurations are listed to pick from.</summary>
    public const int EnumerationLimit = 100_000;

    /// <summary>Makes a random sampler.</summary>
    /// <param name="seed">Seed of every draw (spec field <c>seed</c>).</param>
    public RandomSampler(int seed)
    {
        Seed = seed;
    }

    /// <summary>The seed of every draw.</summary>
    public int Seed { get; }

    /// <inheritdoc />
    public string Name => "random";

    /// <inheritdoc />
    public Suggestion Suggest(SearchSpace space, IReadOnlyList<Trial> history)
    {
        var trialNumber = history.Count;

        // A space with a continuous parameter repeats a configuration only on an exact tie of
        // doubles, so its history is not indexed: that would cost more than the draw itself.
        if (!space.IsFinite)
        {
            return Suggestion.Try(Draw(space, trialNumber, attempt: 0));
        }

        var seen = SeenConfigurations.Of(space, history);
        if (space.Cardinality is { } cardinality
            && SeenConfigurations.IsExhausted(space, history, seen.Count, cardinality))
        {
            return Suggestion.Exhausted($"all {cardinality} configurations of the search space have been tried");
        }

        var candidate = Draw(space, trialNumber, attempt: 0);
        for (var attempt = 1; attempt <= MaxRedraws && seen.Contains(candidate.CanonicalJson); attempt++)
        {
            candidate = Draw(space, trialNumber, attempt);
        }

        if (seen.Contains(candidate.CanonicalJson) && space.Cardinality <= EnumerationLimit)
        {
            candidate = SeenConfigurations.PickUnseen(
                space, seen, Stream(trialNumber, name: string.Empty, attempt: "unseen"));
        }

        // Limitation: in a finite space above the enumeration limit, a draw that still repeats
        // after every redraw is proposed again; with so many configurations that is rare.
        return Suggestion.Try(candidate);
    }

    /// <summary>The configuration drawn for a trial at one attempt, without regard to the history.</summary>
    /// <remarks>
    /// Parents are drawn before their children, and a child is drawn only when the parent's value
    /// makes it active; each parameter's stream depends on its name only, so a condition changes
    /// no other parameter's draws.
    /// </remarks>
    internal TrialParameters Draw(SearchSpace space, int trialNumber, int attempt)
    {
        if (!space.IsConditional)
        {
            return new(space.Parameters.Select(parameter => new KeyValuePair<string, ParameterValue>(
                parameter.Name,
                ParameterDraw.Draw(parameter, Stream(trialNumber, parameter.Name, attempt)))));
        }

        var drawn = TrialParameters.Empty;
        foreach (var parameter in space.InDependencyOrder)
        {
            if (!space.IsActive(parameter, drawn))
            {
                continue;
            }

            var value = ParameterDraw.Draw(parameter, Stream(trialNumber, parameter.Name, attempt));
            drawn = drawn.With([new(parameter.Name, value)]);
        }

        return drawn;
    }

    private SeededRandom Stream(int trialNumber, string name, object attempt) =>
        new(StableHash.Of("random", Seed, trialNumber, name, attempt));
}
