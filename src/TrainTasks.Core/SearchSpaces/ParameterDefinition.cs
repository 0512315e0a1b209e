namespace TrainTasks.Core.SearchSpaces;

/// <summary>One searched hyperparameter: its name and the values it may take.</summary>
/// <param name="Name">The parameter name as written under <c>space</c> in the spec.</param>
public abstract record ParameterDefinition(string Name)
{
    /// <summary>Whether the parameter takes finitely many values (so it can be part of a grid).</summary>
    public abstract bool IsFinite { get; }

    /// <summary>
    /// When the parameter is active; null when it always is (spec key <c>when</c>). See
    /// <see cref="SearchSpace.IsActive"/>.
    /// </summary>
    public ParameterCondition? When { get; init; }

    /// <summary>The number of grid values.</summary>
    /// <exception cref="InvalidOperationException">The parameter is continuous.</exception>
    public abstract long GridCount { get; }

    /// <summary>Whether <paramref name="value"/> is one the parameter may take.</summary>
    public abstract bool Contains(ParameterValue value);

    /// <summary>The grid value at <paramref name="index"/>, counted from the lowest (or first) value.</summary>
    /// <param name="index">From 0 to <see cref="GridCount"/> − 1.</param>
    /// <exception cref="InvalidOperationException">The parameter is continuous.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the grid.</exception>
    public abstract ParameterValue GridValueAt(long index);

    /// <summary>Every grid value, in ascending (or declared) order.</summary>
    /// <exception cref="InvalidOperationException">The parameter is continuous.</exception>
    public IReadOnlyList<ParameterValue> GridValues()
    {
        var count = GridCount;
        var values = new ParameterValue[count];
        for (var index = 0L; index < count; index++)
        {
            values[index] = GridValueAt(index);
        }

        return values;
    }

    /// <summary>Throws when <paramref name="index"/> is not a grid index.</summary>
    protected void CheckGridIndex(long index)
    {
        if (index < 0 || index >= GridCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(index),
                index,
                $"Parameter '{Name}' has grid indexes 0 to {GridCount - 1}.");
        }
    }
}
