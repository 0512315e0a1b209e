using TrainTasks.Core.Samplers;
using TrainTasks.Core.Specs;

namespace TrainTasks.Benchmarks.Samplers;

/// <summary>One sampler of the benchmark.</summary>
/// <param name="Name">The name in the results and in <c>--samplers</c>.</param>
/// <param name="Create">Makes the sampler for a seed and an objective direction.</param>
/// <param name="MaxOverheadTrials">
/// The longest study of the overhead part; checkpoints above it are left out (a GP sampler stops at 300).
/// </param>
internal sealed record SamplerEntry(
    string Name,
    Func<int, OptimizationDirection, ISampler> Create,
    int MaxOverheadTrials = 1000);
