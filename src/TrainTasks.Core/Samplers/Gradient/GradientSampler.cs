using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers.Gradient;

/// <summary>
/// Strategy <c>gradient</c>: steps the continuous hyperparameters downhill on the validation loss
/// with the hypergradients the trainer returns, one trial per step (see <see cref="GradientPath"/>).
/// </summary>
/// <remarks>
/// The sampler keeps no state: every suggestion replays the history from the starting values,
/// so a killed and resumed study proposes exactly the point an uninterrupted one would have.
/// It says the space is exhausted when the path converges, the starting point gives no
/// hypergradient, or every range is one point and that point has been tried. The seed plays no
/// part: the path is deterministic.
/// </remarks>
public sealed class GradientSampler : ISampler
{
    private readonly TrialParameters _fixedParameters;

    /// <summary>Makes the sampler.</summary>
    /// <param name="options">Step size, clipping and stopping rule.</param>
    /// <param name="fixedParameters">
    /// The spec's fixed parameters; each searched parameter starts from its value there, clamped
    /// into its range (the geometric middle of a log range when the value is 0 or missing).
    /// </param>
    public GradientSampler(GradientOptions options, TrialParameters fixedParameters)
    {
        Options = options;
        _fixedParameters = fixedParameters;
    }

    /// <inheritdoc />
    public string Name => StrategyCatalog.GradientStrategy;

    /// <summary>The step size, clipping and stopping rule.</summary>
    public GradientOptions Options { get; }

    /// <inheritdoc />
    public Suggestion Suggest(SearchSpace space, IReadOnlyList<Trial> history)
    {
        // Only a space whose every range is one point is finite here; there is nowhere to walk.
        if (space.Cardinality is { } cardinality
            && SeenConfigurations.IsExhausted(space, history, SeenConfigurations.Of(space, history).Count, cardinality))
        {
            return Suggestion.Exhausted($"all {cardinality} configurations of the search space have been tried");
        }

        var path = GradientPath.Replay(space, _fixedParameters, Options, history);
        return path.Next is { } next ? Suggestion.Try(next) : Suggestion.Exhausted(path.StopReason!);
    }
}
