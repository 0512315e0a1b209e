using TrainTasks.Core.Specs;

namespace TrainTasks.Core.Samplers;

/// <summary>What the factory knows when it makes a sampler.</summary>
/// <param name="Seed">The sampler's seed.</param>
/// <param name="Direction">Whether the objective is minimized or maximized.</param>
/// <param name="Options">The strategy's options from the spec, by name (booleans as 0 or 1).</param>
internal sealed record SamplerSettings(
    int Seed,
    OptimizationDirection Direction,
    IReadOnlyDictionary<string, long> Options)
{
    /// <summary>The option's value, or <paramref name="fallback"/> when the spec does not set it.</summary>
    public int Integer(string name, int fallback) => Options.TryGetValue(name, out var value) ? (int)value : fallback;

    /// <summary>The flag's value, or <paramref name="fallback"/> when the spec does not set it.</summary>
    public bool Flag(string name, bool fallback) => Options.TryGetValue(name, out var value) ? value != 0 : fallback;
}
