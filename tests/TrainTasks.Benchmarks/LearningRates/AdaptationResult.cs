using System.Text.Json.Serialization;

namespace TrainTasks.Benchmarks.LearningRates;

/// <summary>Every run of the learning-rate adaptation benchmark and the cost of the adaptation.</summary>
/// <param name="Epochs">Epochs of each run.</param>
/// <param name="Seed">The seed of every run.</param>
/// <param name="Threads">CPU threads per run.</param>
/// <param name="Runs">The runs, in the order they ran.</param>
/// <param name="OverheadRatio">
/// Seconds per epoch of Adam with the adaptation over plain Adam, summed over the start rates.
/// </param>
/// <param name="OwnRulesRatio">
/// Seconds per epoch of our Adam rule without adaptation (β = 0) over TorchSharp's Adam.
/// </param>
internal sealed record AdaptationResult(
    [property: JsonPropertyName("epochs")] int Epochs,
    [property: JsonPropertyName("seed")] int Seed,
    [property: JsonPropertyName("threads")] int Threads,
    [property: JsonPropertyName("runs")] IReadOnlyList<AdaptationRun> Runs,
    [property: JsonPropertyName("overhead_ratio")] double OverheadRatio,
    [property: JsonPropertyName("own_rules_ratio")] double OwnRulesRatio);
