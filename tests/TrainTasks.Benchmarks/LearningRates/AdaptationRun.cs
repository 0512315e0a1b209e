using System.Text.Json.Serialization;

namespace TrainTasks.Benchmarks.LearningRates;

/// <summary>One training of the Fashion-MNIST MLP in the learning-rate adaptation benchmark.</summary>
/// <param name="StartLearningRate">The spec's <c>learningRate</c>: the rate of the first step.</param>
/// <param name="Adaptation">The spec's <c>learningRateAdaptation</c>: <c>none</c> or <c>hypergradient</c>.</param>
/// <param name="HypergradientRate">β of the adaptation; null without it.</param>
/// <param name="TestAccuracy">Accuracy on the 10,000 test images after the last epoch.</param>
/// <param name="ValidationAccuracy">Accuracy on the held-out training rows after the last epoch.</param>
/// <param name="FinalLearningRate">The rate of the last step.</param>
/// <param name="Seconds">Wall-clock seconds of the training (data already loaded, test excluded).</param>
/// <param name="SecondsPerEpoch"><paramref name="Seconds"/> over the epochs.</param>
/// <param name="LearningRates">The rate at the end of each epoch.</param>
internal sealed record AdaptationRun(
    [property: JsonPropertyName("start_learning_rate")] double StartLearningRate,
    [property: JsonPropertyName("adaptation")] string Adaptation,
    [property: JsonPropertyName("hypergradient_rate")] double? HypergradientRate,
    [property: JsonPropertyName("test_accuracy")] double TestAccuracy,
    [property: JsonPropertyName("val_accuracy")] double ValidationAccuracy,
    [property: JsonPropertyName("final_learning_rate")] double FinalLearningRate,
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("seconds_per_epoch")] double SecondsPerEpoch,
    [property: JsonPropertyName("learning_rates")] IReadOnlyList<double> LearningRates);
