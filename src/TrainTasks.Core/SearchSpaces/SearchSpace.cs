using System.Numerics;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.SearchSpaces;

/// <summary>The searched parameters of a sweep, in the order the spec declares them.</summary>
/// <param name="Parameters">The parameter definitions; names are unique.</param>
public sealed record SearchSpace(IReadOnlyList<ParameterDefinition> Parameters)
{
    /// <summary>Whether every parameter is finite, so the space is a grid.</summary>
    public bool IsFinite => Parameters.All(parameter => parameter.IsFinite);

    /// <summary>
    /// The number of configurations (the product of the parameters' grid counts); null when a
    /// parameter is continuous. A space without parameters has exactly one, empty, configuration.
    /// </summary>
    public BigInteger? Cardinality => IsFinite
        ? Parameters.Aggregate(BigInteger.One, (product, parameter) => product * parameter.GridCount)
        : null;

    /// <summary>
    /// Whether <paramref name="parameters"/> gives every parameter of the space a value it may
    /// take; names outside the space are ignored.
    /// </summary>
    public bool Contains(TrialParameters parameters) =>
        Parameters.All(definition =>
            parameters.TryGetValue(definition.Name, out var value) && definition.Contains(value));

    /// <summary>Keeps only the values of the space's parameters.</summary>
    public TrialParameters Restrict(TrialParameters parameters)
    {
        var names = Parameters.Select(definition => definition.Name).ToHashSet(StringComparer.Ordinal);
        return parameters.Keys.All(names.Contains)
            ? parameters
            : new TrialParameters(parameters.Where(pair => names.Contains(pair.Key)));
    }

    /// <summary>
    /// The grid point at <paramref name="index"/> in grid order: the index read as a number
    /// whose digits are the parameters' grid indexes, the last parameter varying fastest.
    /// </summary>
    /// <exception cref="InvalidOperationException">The space is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the grid.</exception>
    public TrialParameters GridPointAt(BigInteger index)
    {
        var cardinality = Cardinality
            ?? throw new InvalidOperationException("The space has a continuous parameter, so it has no grid.");
        if (index < 0 || index >= cardinality)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The grid has {cardinality} points.");
        }

        var values = new KeyValuePair<string, ParameterValue>[Parameters.Count];
        for (var position = Parameters.Count - 1; position >= 0; position--)
        {
            var definition = Parameters[position];
            var digit = (long)(index % definition.GridCount);
            index /= definition.GridCount;
            values[position] = new(definition.Name, definition.GridValueAt(digit));
        }

        return new TrialParameters(values);
    }

    /// <summary>Every grid point in grid order (see <see cref="GridPointAt"/>).</summary>
    /// <exception cref="InvalidOperationException">The space is not finite.</exception>
    public IEnumerable<TrialParameters> EnumerateGrid()
    {
        var cardinality = Cardinality
            ?? throw new InvalidOperationException("The space has a continuous parameter, so it has no grid.");
        return Enumerate(cardinality);
    }

    private IEnumerable<TrialParameters> Enumerate(BigInteger cardinality)
    {
        for (var index = BigInteger.Zero; index < cardinality; index++)
        {
            yield return GridPointAt(index);
        }
    }
}
