namespace TrainTasks.Core.SearchSpaces;

/// <summary>One searched hyperparameter: its name and the values it may take.</summary>
/// <param name="Name">The parameter name as written under <c>space</c> in the spec.</param>
public abstract record ParameterDefinition(string Name);
