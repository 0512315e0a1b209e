namespace TrainTasks.Core.SearchSpaces;

/// <summary>A parameter that takes one of a list of JSON values (null and lists included).</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Choices">The values, in the order the spec gives them; never empty, no duplicates.</param>
public sealed record CategoricalParameter(string Name, IReadOnlyList<ParameterValue> Choices)
    : ParameterDefinition(Name);
