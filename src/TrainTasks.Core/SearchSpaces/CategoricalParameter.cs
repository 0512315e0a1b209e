namespace TrainTasks.Core.SearchSpaces;

/// <summary>A parameter that takes one of a list of JSON values (null and lists included).</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Choices">The values, in the order the spec gives them; never empty, no duplicates.</param>
public sealed record CategoricalParameter(string Name, IReadOnlyList<ParameterValue> Choices)
    : ParameterDefinition(Name)
{
    /// <summary>Always true: the choices are listed.</summary>
    public override bool IsFinite => true;

    /// <summary>The number of choices.</summary>
    public override long GridCount => Choices.Count;

    /// <summary>Whether <paramref name="value"/> equals one of the choices in canonical JSON.</summary>
    public override bool Contains(ParameterValue value) => Choices.Contains(value);

    /// <summary>The choice at <paramref name="index"/>, in declared order.</summary>
    /// <inheritdoc />
    public override ParameterValue GridValueAt(long index)
    {
        CheckGridIndex(index);
        return Choices[(int)index];
    }
}
