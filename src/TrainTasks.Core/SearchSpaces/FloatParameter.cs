namespace TrainTasks.Core.SearchSpaces;

/// <summary>A real-valued parameter in [<paramref name="Low"/>, <paramref name="High"/>].</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Low">Lower bound, included.</param>
/// <param name="High">Upper bound, included.</param>
/// <param name="Log">Sample uniformly in the logarithm; needs <paramref name="Low"/> above 0.</param>
/// <param name="Step">Values are <c>Low + k * Step</c>; null for a continuous range.</param>
public sealed record FloatParameter(string Name, double Low, double High, bool Log = false, double? Step = null)
    : ParameterDefinition(Name);
