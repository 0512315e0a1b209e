using System.Text.Json.Serialization;

namespace TrainTasks.Benchmarks.Hypergradients;

/// <summary>
/// One hypergradient computation: its wall-clock and CPU time, in seconds and in epochs (each against the
/// epoch's time of the same kind), and its values.
/// </summary>
internal sealed record HypergradientTiming(
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("epochs")] double Epochs,
    [property: JsonPropertyName("cpu_seconds")] double CpuSeconds,
    [property: JsonPropertyName("cpu_epochs")] double CpuEpochs,
    [property: JsonPropertyName("hypergradients")] IReadOnlyDictionary<string, double> Values);
