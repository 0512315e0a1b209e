namespace TrainTasks.Core.SearchSpaces;

/// <summary>An integer parameter in [<paramref name="Low"/>, <paramref name="High"/>].</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Low">Lower bound, included.</param>
/// <param name="High">Upper bound, included.</param>
/// <param name="Step">Values are <c>Low + k * Step</c>.</param>
/// <param name="Log">Sample uniformly in the logarithm; needs <paramref name="Low"/> above 0 and a step of 1.</param>
public sealed record IntParameter(string Name, long Low, long High, long Step = 1, bool Log = false)
    : ParameterDefinition(Name);
