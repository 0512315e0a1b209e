namespace TrainTasks.Core.SearchSpaces;

/// <summary>The searched parameters of a sweep, in the order the spec declares them.</summary>
/// <param name="Parameters">The parameter definitions; names are unique.</param>
public sealed record SearchSpace(IReadOnlyList<ParameterDefinition> Parameters);
