using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers;

/// <summary>What the factory knows when it makes a sampler.</summary>
/// <param name="Strategy">The strategy name.</param>
/// <param name="Seed">The sampler's seed.</param>
/// <param name="Direction">Whether the objective is minimized or maximized.</param>
/// <param name="Options">The strategy's options from the spec, by name (booleans as 0 or 1).</param>
/// <param name="Fixed">The spec's fixed parameters; strategy <c>gradient</c> starts from them.</param>
internal sealed record SamplerSettings(
    string Strategy,
    int Seed,
    OptimizationDirection Direction,
    IReadOnlyDictionary<string, double> Options,
    TrialParameters Fixed)
{
    /// <summary>The integer option's value: the spec's, or the catalog's default.</summary>
    public int Integer(string name) => (int)StrategyCatalog.ValueOf(Strategy, name, Options);

    /// <summary>The flag's value: the spec's, or the catalog's default.</summary>
    public bool Flag(string name) => StrategyCatalog.ValueOf(Strategy, name, Options) != 0;
}
