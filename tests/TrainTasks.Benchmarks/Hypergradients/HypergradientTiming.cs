using System.Text.Json.Serialization;

namespace TrainTasks.Benchmarks.Hypergradients;

/// <summary>One hypergradient computation: its time, in seconds and in epochs, and its values.</summary>
internal sealed record HypergradientTiming(
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("epochs")] double Epochs,
    [property: JsonPropertyName("hypergradients")] IReadOnlyDictionary<string, double> Values);
