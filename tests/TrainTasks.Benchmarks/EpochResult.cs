using System.Text.Json.Serialization;

namespace TrainTasks.Benchmarks;

/// <summary>Seconds per epoch of the same training with and without TrainTasks around it.</summary>
internal sealed record EpochResult(
    [property: JsonPropertyName("bare_seconds_per_epoch")] double BareSecondsPerEpoch,
    [property: JsonPropertyName("traintasks_seconds_per_epoch")] double TrainTasksSecondsPerEpoch,
    [property: JsonPropertyName("ratio")] double Ratio,
    [property: JsonPropertyName("epochs")] int Epochs,
    [property: JsonPropertyName("rounds")] int Rounds);
