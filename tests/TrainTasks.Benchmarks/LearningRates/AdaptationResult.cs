using System.Text.Json.Serialization;

namespace TrainTasks.Benchmarks.LearningRates;

/// <summary>Every run of the learning-rate adaptation benchmark and the cost of the adaptation.</summary>
/// <param name="Epochs">Epochs of each run.</param>
/// <param name="Seed">The seed of every run.</param>
/// <param name="Threads">CPU threads per run.</param>
/// <param name="Runs">The runs, in the order they ran.</param>
/// <param name="TimingRounds">Rounds of one-epoch runs per path timed after the runs.</param>
/// <param name="FastestSecondsPerEpoch">
/// The fastest one-epoch run of each path: <c>plain</c> (TorchSharp's Adam), <c>hypergradient</c>
/// (our Adam with the adaptation) and <c>own_rules</c> (our Adam with β = 0).
/// </param>
/// <param name="OverheadRatio"><c>hypergradient</c> over <c>plain</c>, from the fastest runs.</param>
/// <param name="OwnRulesRatio"><c>own_rules</c> over <c>plain</c>, from the fastest runs.</param>
internal sealed record AdaptationResult(
    [property: JsonPropertyName("epochs")] int Epochs,
    [property: JsonPropertyName("seed")] int Seed,
    [property: JsonPropertyName("threads")] int Threads,
    [property: JsonPropertyName("runs")] IReadOnlyList<AdaptationRun> Runs,
    [property: JsonPropertyName("timing_rounds")] int TimingRounds,
    [property: JsonPropertyName("fastest_seconds_per_epoch")]
    IReadOnlyDictionary<string, double> FastestSecondsPerEpoch,
    [property: JsonPropertyName("overhead_ratio")] double OverheadRatio,
    [property: JsonPropertyName("own_rules_ratio")] double OwnRulesRatio);
