using System.Numerics;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers.Sobol;

/// <summary>
/// Proposes the points of a (scrambled) Sobol sequence: trial i gets point i, each coordinate
/// mapped to one parameter. The points cover the space more evenly than independent draws.
/// </summary>
/// <remarks>
/// The sequence and its scrambling are described on <see cref="SobolSequence"/>. Coordinate j goes
/// to the j-th parameter in declared order: uniform or log-uniform between the bounds, or the grid
/// value <c>floor(u * count)</c> for steps, integers and categorical choices (a log-scaled step or
/// integer takes the nearest value). Every trial of the history counts, whatever its state, so a
/// resumed study continues the sequence where it stopped. In a finite space, a point whose
/// configuration the history already has is skipped for the next ones, up to
/// <see cref="MaxSkips"/>; then one of the unseen configurations is picked when there are at most
/// <see cref="EnumerationLimit"/>; a space whose configurations have all been seen is exhausted.
/// The sequence stays balanced at powers of two: budgets of 2^k trials cover the space best. In a
/// conditional space an inactive parameter's coordinate is left unused at that point.
/// </remarks>
public sealed class SobolSampler : ISampler
{
    /// <summary>How many later points are tried when a point repeats a configuration.</summary>
    public const int MaxSkips = 1024;

    /// <summary>The largest finite space whose unseen configurations are listed to pick from.</summary>
    public const int EnumerationLimit = 100_000;

    private SobolSequence? _sequence;

    /// <summary>Makes a Sobol sampler.</summary>
    /// <param name="seed">Seed of the scrambling (spec field <c>seed</c>).</param>
    /// <param name="direction">Which way the objective improves; the sequence ignores it.</param>
    /// <param name="options">Settings; see <see cref="SobolOptions"/>.</param>
    public SobolSampler(int seed, OptimizationDirection direction, SobolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        Seed = seed;
        Direction = direction;
        Options = options;
    }

    /// <summary>The seed of the scrambling.</summary>
    public int Seed { get; }

    /// <summary>Which way the objective improves (not used: the points do not depend on values).</summary>
    public OptimizationDirection Direction { get; }

    /// <summary>The sampler's settings.</summary>
    public SobolOptions Options { get; }

    /// <inheritdoc />
    public string Name => "sobol";

    /// <inheritdoc />
    public Suggestion Suggest(SearchSpace space, IReadOnlyList<Trial> history)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(history);

        var sequence = SequenceFor(space);
        if (space.Cardinality is not { } cardinality)
        {
            return Suggestion.Try(PointAt(space, sequence, history.Count));
        }

        var seen = SeenConfigurations.Of(space, history);
        if (SeenConfigurations.IsExhausted(space, history, seen.Count, cardinality))
        {
            return Suggestion.Exhausted($"all {cardinality} configurations of the search space have been tried");
        }

        return Suggestion.Try(FirstUnseen(space, sequence, history.Count, seen, cardinality));
    }

    /// <summary>The configuration at one index of the sequence, without regard to the history.</summary>
    internal TrialParameters PointAt(SearchSpace space, SobolSequence sequence, long index)
    {
        if (space.IsConditional)
        {
            return ConditionalPointAt(space, sequence, index);
        }

        var values = new KeyValuePair<string, ParameterValue>[space.Parameters.Count];
        for (var position = 0; position < values.Length; position++)
        {
            values[position] = new(space.Parameters[position].Name, ValueAt(space, sequence, index, position));
        }

        return new TrialParameters(values);
    }

    // Each parameter keeps the coordinate of its declared position; parents are mapped first and
    // an inactive child's coordinate is left unused, so the active ones stay evenly spread.
    private TrialParameters ConditionalPointAt(SearchSpace space, SobolSequence sequence, long index)
    {
        var values = TrialParameters.Empty;
        foreach (var parameter in space.InDependencyOrder)
        {
            if (space.IsActive(parameter, values))
            {
                var position = PositionOf(space, parameter);
                values = values.With([new(parameter.Name, ValueAt(space, sequence, index, position))]);
            }
        }

        return values;
    }

    private ParameterValue ValueAt(SearchSpace space, SobolSequence sequence, long index, int position)
    {
        var parameter = space.Parameters[position];
        var unit = position < sequence.Dimensions
            ? sequence.CoordinateAt(index, position)
            : ExtraDimension(index, parameter.Name);
        return UnitIntervalMap.Map(parameter, unit);
    }

    private static int PositionOf(SearchSpace space, ParameterDefinition parameter)
    {
        for (var position = 0; position < space.Parameters.Count; position++)
        {
            if (space.Parameters[position].Name == parameter.Name)
            {
                return position;
            }
        }

        throw new ArgumentException($"Parameter '{parameter.Name}' is not in the space.", nameof(parameter));
    }

    // The sequence depends only on the seed and the dimension count, so it is kept between calls.
    private SobolSequence SequenceFor(SearchSpace space)
    {
        var dimensions = Math.Min(space.Parameters.Count, SobolSequence.MaxDimensions);
        if (_sequence?.Dimensions != dimensions)
        {
            _sequence = new SobolSequence(dimensions, Options.Scramble ? Seed : null);
        }

        return _sequence;
    }

    // Limitation: the direction-number table has 32 rows, so parameters after the 32nd are drawn
    // independently at random; they fill their own range evenly only on average.
    private double ExtraDimension(long index, string name) =>
        new SeededRandom(StableHash.Of("sobol-extra", Seed, index, name)).NextDouble();

    private TrialParameters FirstUnseen(
        SearchSpace space,
        SobolSequence sequence,
        int trialNumber,
        HashSet<string> seen,
        BigInteger cardinality)
    {
        var candidate = PointAt(space, sequence, trialNumber);
        for (var skip = 1; skip <= MaxSkips && seen.Contains(candidate.CanonicalJson); skip++)
        {
            candidate = PointAt(space, sequence, (long)trialNumber + skip);
        }

        if (!seen.Contains(candidate.CanonicalJson) || cardinality > EnumerationLimit)
        {
            // Limitation: in a finite space above the enumeration limit, a point that still
            // repeats after every skip is proposed again; with so many configurations that is rare.
            return candidate;
        }

        return SeenConfigurations.PickUnseen(
            space, seen, new SeededRandom(StableHash.Of("sobol-unseen", Seed, trialNumber)));
    }
}
