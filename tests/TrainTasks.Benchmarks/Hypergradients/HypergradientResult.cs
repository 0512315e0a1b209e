using System.Text.Json.Serialization;

namespace TrainTasks.Benchmarks.Hypergradients;

/// <summary>
/// The cost of one implicit hypergradient on Fashion-MNIST against an epoch, with every training row and
/// with subsets, and the subsets' error against every row.
/// </summary>
internal sealed record HypergradientResult(
    [property: JsonPropertyName("train_rows")] long TrainRows,
    [property: JsonPropertyName("validation_rows")] long ValidationRows,
    [property: JsonPropertyName("epochs_trained")] int EpochsTrained,
    [property: JsonPropertyName("neumann_terms")] int NeumannTerms,
    [property: JsonPropertyName("epoch_seconds")] double EpochSeconds,
    [property: JsonPropertyName("epoch_cpu_seconds")] double EpochCpuSeconds,
    [property: JsonPropertyName("validation_gradient_seconds")] double ValidationGradientSeconds,
    [property: JsonPropertyName("hessian_vector_product_all_rows_seconds")] double AllRowsProductSeconds,
    [property: JsonPropertyName("all_rows")] HypergradientTiming AllRows,
    [property: JsonPropertyName("subsets")] IReadOnlyList<SubsetSummary> Subsets);
