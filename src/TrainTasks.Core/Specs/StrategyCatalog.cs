namespace TrainTasks.Core.Specs;

/// <summary>
/// The search strategies a spec may name and the options each accepts in the object form
/// <c>"strategy": { "type": "tpe", "startupTrials": 10 }</c>. Every option has a default that
/// works without tuning; the sampler factory maps the options onto each sampler's settings.
/// </summary>
public static class StrategyCatalog
{
    /// <summary>
    /// The name of the strategy that follows hypergradients of the validation loss; the sweep
    /// asks the trainer for them when the spec names it.
    /// </summary>
    public const string GradientStrategy = "gradient";

    /// <summary>The strategies this version can run, with their options.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<StrategyOption>> Options { get; } =
        new Dictionary<string, IReadOnlyList<StrategyOption>>(StringComparer.Ordinal)
        {
            ["gp"] =
            [
                StrategyOption.Integer("startupTrials", 1, 10_000, 10, "random trials before the model is used"),
                StrategyOption.Integer(
                    "candidates", 1, 100_000, 1000, "random and quasi-random candidates for the acquisition"),
                SobolStartupOption,
            ],
            [GradientStrategy] =
            [
                StrategyOption.Real("rate", 0.001, 10, 0.5, "Adam's step size in log units of the parameters"),
                StrategyOption.Real(
                    "clip", 1, 1000, 10, "largest hypergradient norm, as a multiple of the earlier ones' RMS"),
                StrategyOption.Real(
                    "tolerance", 0, 1, 0.01, "stop after 3 steps in a row shorter than this, in log units"),
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
                SobolStartupOption,
            ],
        };

    private static StrategyOption SobolStartupOption =>
        StrategyOption.Flag("sobolStartup", false, "start-up trials from a scrambled Sobol sequence; false: random");

    /// <summary>Strategy names reserved for samplers that are planned but not built yet.</summary>
    public static IReadOnlyList<string> Planned { get; } = [];

    /// <summary>
    /// The value of <paramref name="option"/> of <paramref name="strategy"/>: the spec's, or the
    /// catalog's default.
    /// </summary>
    public static double ValueOf(string strategy, string option, IReadOnlyDictionary<string, double> specOptions) =>
        specOptions.TryGetValue(option, out var value)
            ? value
            : Options[strategy].First(known => known.Name == option).Default;

    /// <summary>The names of the strategies this version can run, in ordinal order.</summary>
    public static IReadOnlyList<string> Names => Options.Keys.Order(StringComparer.Ordinal).ToArray();
}
