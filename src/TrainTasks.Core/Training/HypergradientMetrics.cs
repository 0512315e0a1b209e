namespace TrainTasks.Core.Training;

/// <summary>
/// How a trainer returns the hypergradients a <see cref="TrainingRequest"/> asks for: one metric
/// per parameter, <c>hypergrad.&lt;name&gt;</c>, holding d(validation loss)/d(parameter value), the
/// derivative in the parameter's own units, not in its logarithm.
/// </summary>
public static class HypergradientMetrics
{
    /// <summary>The prefix of every hypergradient metric.</summary>
    public const string Prefix = "hypergrad.";

    /// <summary>The metric that holds the hypergradient of <paramref name="parameter"/>.</summary>
    public static string NameOf(string parameter) => Prefix + parameter;

    /// <summary>
    /// Why <paramref name="metrics"/> cannot serve as the hypergradients of <paramref name="parameters"/>
    /// (one is missing or not finite), or null when every one is there and finite.
    /// </summary>
    public static string? Problem(IReadOnlyDictionary<string, double> metrics, IEnumerable<string> parameters)
    {
        foreach (var name in parameters.Select(NameOf))
        {
            if (!metrics.TryGetValue(name, out var value))
            {
                return $"the trainer reported no '{name}'";
            }

            if (!double.IsFinite(value))
            {
                return $"the hypergradient '{name}' is {value}";
            }
        }

        return null;
    }
}
