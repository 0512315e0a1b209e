using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers;

/// <summary>
/// Proposes the parameters of the next trial.
/// </summary>
/// <remarks>
/// Call order: the sweep loop calls <see cref="Suggest"/> once per new trial, with the whole
/// history of the study (finished and running trials, in trial-number order); the new trial's
/// number is <c>history.Count</c>. A sampler keeps no state between calls that is not derived
/// from its seed and the history, so a resumed or relaunched study gets the same suggestions.
/// Implementations must not mutate the history and need not be thread-safe.
/// </remarks>
public interface ISampler
{
    /// <summary>The strategy name as written in the spec (<c>grid</c>, <c>random</c>).</summary>
    string Name { get; }

    /// <summary>Proposes the next trial's parameters, or says that the space is exhausted.</summary>
    /// <param name="space">The search space; validated when the spec was loaded.</param>
    /// <param name="history">Every trial of the study so far, in number order.</param>
    Suggestion Suggest(SearchSpace space, IReadOnlyList<Trial> history);
}
