using System.Text.Json.Serialization;

namespace TrainTasks.Benchmarks.Hypergradients;

/// <summary>
/// One subset size and kind over several seeds: mean wall-clock and CPU time, and the relative error of
/// <c>hypergrad.l2</c> and of the vector of per-layer hypergradients against every row.
/// </summary>
internal sealed record SubsetSummary(
    [property: JsonPropertyName("sampling")] string Sampling,
    [property: JsonPropertyName("rows")] int Rows,
    [property: JsonPropertyName("seeds")] int Seeds,
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("epochs")] double Epochs,
    [property: JsonPropertyName("cpu_seconds")] double CpuSeconds,
    [property: JsonPropertyName("cpu_epochs")] double CpuEpochs,
    [property: JsonPropertyName("l2_relative_error_mean")] double L2ErrorMean,
    [property: JsonPropertyName("l2_relative_error_max")] double L2ErrorMax,
    [property: JsonPropertyName("layers_relative_error_mean")] double LayersErrorMean,
    [property: JsonPropertyName("layers_relative_error_max")] double LayersErrorMax,
    [property: JsonPropertyName("l2_values")] IReadOnlyList<double> L2Values);
