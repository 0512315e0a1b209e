namespace TrainTasks.Core.Specs;

/// <summary>
/// The search strategies a spec may name and the options each accepts in the object form
/// <c>"strategy": { "type": "tpe", "startupTrials": 10 }</c>. Every option has a default that
/// works without tuning; the sampler factory maps the options onto each sampler's settings.
/// </summary>
public static class StrategyCatalog
{
    /// <summary>The strategies this version can run, with their options.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<StrategyOption>> Options { get; } =
        new Dictionary<string, IReadOnlyList<StrategyOption>>(StringComparer.Ordinal)
        {
            ["grid"] = [],
            ["random"] = [],
            ["sobol"] = [StrategyOption.Flag("scramble", "scramble the sequence with the seed (default true)")],
        };

    /// <summary>Strategy names reserved for samplers that are planned but not built yet.</summary>
    public static IReadOnlyList<string> Planned { get; } = ["gp", "gradient", "tpe"];

    /// <summary>The names of the strategies this version can run, in ordinal order.</summary>
    public static IReadOnlyList<string> Names => Options.Keys.Order(StringComparer.Ordinal).ToArray();
}
