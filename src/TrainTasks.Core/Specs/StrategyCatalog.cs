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
            ["gp"] =
            [
                StrategyOption.Integer("startupTrials", 1, 10_000, 10, "random trials before the model is used"),
                StrategyOption.Integer(
                    "candidates", 1, 100_000, 1000, "random and quasi-random candidates for the acquisition"),
            ],
            ["grid"] = [],
            ["random"] = [],
            ["sobol"] = [StrategyOption.Flag("scramble", true, "scramble the sequence with the seed")],
            ["tpe"] =
            [
                StrategyOption.Integer("startupTrials", 0, 10_000, 10, "random trials before the model is used"),
                StrategyOption.Integer("candidates", 1, 10_000, 24, "candidates drawn from l(x) per suggestion"),
                StrategyOption.Flag(
                    "multivariate", true, "one joint density over all parameters; false: one per parameter"),
            ],
        };

    /// <summary>Strategy names reserved for samplers that are planned but not built yet.</summary>
    public static IReadOnlyList<string> Planned { get; } = ["gradient"];

    /// <summary>
    /// The value of <paramref name="option"/> of <paramref name="strategy"/>: the spec's, or the
    /// catalog's default.
    /// </summary>
    public static long ValueOf(string strategy, string option, IReadOnlyDictionary<string, long> specOptions) =>
        specOptions.TryGetValue(option, out var value)
            ? value
            : Options[strategy].First(known => known.Name == option).Default;

    /// <summary>The names of the strategies this version can run, in ordinal order.</summary>
    public static IReadOnlyList<string> Names => Options.Keys.Order(StringComparer.Ordinal).ToArray();
}
