using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Samplers.Gp;
using TrainTasks.Core.Samplers.Gradient;
using TrainTasks.Core.Samplers.Sobol;
using TrainTasks.Core.Samplers.Tpe;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers;

/// <summary>Makes the sampler for a strategy name as written in a spec or on the command line.</summary>
public static class SamplerFactory
{
    private static readonly Dictionary<string, Func<SamplerSettings, ISampler>> s_factories =
        new(StringComparer.Ordinal)
        {
            ["gp"] = settings => new GpSampler(
                settings.Seed,
                settings.Direction,
                new GpSamplerOptions(
                    StartupTrials: settings.Integer("startupTrials"),
                    CandidateCount: settings.Integer("candidates"),
                    SobolStartup: settings.Flag("sobolStartup"))),
            [StrategyCatalog.GradientStrategy] = settings => new GradientSampler(
                GradientOptions.FromSpec(settings.Options), settings.Fixed),
            ["grid"] = settings => new GridSampler(settings.Seed),
            ["random"] = settings => new RandomSampler(settings.Seed),
            ["sobol"] = settings => new SobolSampler(
                settings.Seed,
                settings.Direction,
                new SobolOptions(Scramble: settings.Flag("scramble"))),
            ["tpe"] = settings => new TpeSampler(
                settings.Seed,
                settings.Direction,
                new TpeOptions(
                    StartupTrials: settings.Integer("startupTrials"),
                    Candidates: settings.Integer("candidates"),
                    Multivariate: settings.Flag("multivariate"),
                    SobolStartup: settings.Flag("sobolStartup"))),
        };

    /// <summary>The strategies that can be created, as <see cref="StrategyCatalog"/> lists them.</summary>
    public static IReadOnlyList<string> Available { get; } = s_factories.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Strategy names reserved for samplers that are planned but not built yet.</summary>
    public static IReadOnlyList<string> Planned => StrategyCatalog.Planned;

    /// <summary>Whether <paramref name="strategy"/> names a sampler that can be created.</summary>
    public static bool IsAvailable(string strategy) => s_factories.ContainsKey(strategy);

    /// <summary>Makes the sampler for <paramref name="strategy"/>.</summary>
    /// <param name="strategy">The strategy name, lower case, from <see cref="StrategyCatalog"/>.</param>
    /// <param name="seed">The sampler's seed (spec field <c>seed</c>).</param>
    /// <param name="direction">
    /// Whether the objective is minimized or maximized; model-based samplers rank trials by it.
    /// </param>
    /// <exception cref="TrainTasksException">
    /// The name is unknown (TT3001) or names a planned strategy that is not available yet (TT3002).
    /// </exception>
    /// <param name="options">The strategy's options from the spec (<see cref="SweepSpec.StrategyOptions"/>).</param>
    /// <param name="fixedParameters">
    /// The spec's fixed parameters (<see cref="SweepSpec.Fixed"/>); strategy <c>gradient</c> starts from them.
    /// </param>
    public static ISampler Create(
        string strategy,
        int seed,
        OptimizationDirection direction = OptimizationDirection.Minimize,
        IReadOnlyDictionary<string, double>? options = null,
        TrialParameters? fixedParameters = null)
    {
        if (s_factories.TryGetValue(strategy, out var factory))
        {
            var settings = new SamplerSettings(
                strategy,
                seed,
                direction,
                options ?? new Dictionary<string, double>(),
                fixedParameters ?? TrialParameters.Empty);
            return factory(settings);
        }

        var diagnostic = Planned.Contains(strategy, StringComparer.Ordinal)
            ? Messages.Samplers_StrategyNotAvailable(strategy, Available)
            : Messages.Samplers_UnknownStrategy(strategy, Available);
        throw new TrainTasksException(diagnostic);
    }
}
