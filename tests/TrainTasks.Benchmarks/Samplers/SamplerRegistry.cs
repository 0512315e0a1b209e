using TrainTasks.Core.Samplers;
using TrainTasks.Core.Samplers.Gp;
using TrainTasks.Core.Samplers.Sobol;
using TrainTasks.Core.Samplers.Tpe;
using TrainTasks.Core.Specs;

namespace TrainTasks.Benchmarks.Samplers;

/// <summary>The samplers the benchmark can run, by the name used in its results.</summary>
internal static class SamplerRegistry
{
    /// <summary>Every registered sampler, in the order results are written.</summary>
    public static IReadOnlyList<SamplerEntry> All { get; } =
    [
        new("Random", (seed, _) => new RandomSampler(seed)),
        new("Sobol", (seed, direction) => new SobolSampler(seed, direction, new SobolOptions())),
        new("TPE", (seed, direction) => new TpeSampler(seed, direction, new TpeOptions())),
        new(
            "TPE_multivariate",
            (seed, direction) => new TpeSampler(seed, direction, new TpeOptions(Multivariate: true))),
        new("GP", (seed, direction) => new GpSampler(seed, direction), MaxOverheadTrials: 300),
    ];

    /// <summary>The entry named <paramref name="name"/> (ordinal, ignoring case), or null.</summary>
    public static SamplerEntry? Find(string name) =>
        All.FirstOrDefault(entry => string.Equals(entry.Name, name, StringComparison.OrdinalIgnoreCase));
}
