namespace TrainTasks.Core.SearchSpaces;

/// <summary>
/// When a parameter is active: only while another, categorical, parameter of the same space is
/// active and takes one of the listed choices (spec key <c>when</c>). An inactive parameter is
/// absent from a trial's parameters, so the trainer uses the spec's fixed value or the default.
/// </summary>
/// <param name="Parent">The name of the categorical parameter the condition reads.</param>
/// <param name="Values">The parent's choices that make the parameter active; never empty.</param>
public sealed record ParameterCondition(string Parent, IReadOnlyList<ParameterValue> Values)
{
    /// <summary>Whether the parent's value <paramref name="value"/> makes the parameter active.</summary>
    public bool IsMetBy(ParameterValue value) => Values.Contains(value);

    /// <summary>Equal when the parent and the set of values are equal (order does not matter).</summary>
    public bool Equals(ParameterCondition? other) =>
        other is not null
        && other.Parent == Parent
        && other.Values.Count == Values.Count
        && Values.All(other.Values.Contains);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(
            StringComparer.Ordinal.GetHashCode(Parent),
            Values.Aggregate(0, (hash, value) => hash ^ value.GetHashCode()));

    /// <summary>The condition as the spec writes it, such as <c>optimizer in ["sgd"]</c>.</summary>
    public override string ToString() => $"{Parent} in [{string.Join(", ", Values)}]";
}
