namespace TrainTasks.Core.Specs;

/// <summary>
/// How many weight layers the built-in trainer's model has, which decides the per-layer penalties
/// <c>l2.0</c> to <c>l2.(n−1)</c> that can apply to it: an <c>mlp</c> has one per hidden layer and
/// the output layer, <c>linear</c> only the output layer, a <c>cnn</c> its two convolutions and the
/// output layer.
/// </summary>
public static class WeightLayers
{
    /// <summary>The number of weight layers of a model with <paramref name="hiddenCount"/> hidden layers.</summary>
    /// <param name="architecture">The spec's <c>architecture</c>: <c>mlp</c>, <c>linear</c> or <c>cnn</c>.</param>
    /// <param name="hiddenCount">The length of the spec's <c>hidden</c> list; only an <c>mlp</c> reads it.</param>
    public static int Count(string architecture, int hiddenCount) => architecture switch
    {
        "cnn" => 3,
        "linear" => 1,
        _ => hiddenCount + 1,
    };

    /// <summary>
    /// The model of <paramref name="architecture"/> and <paramref name="hidden"/> in words, as
    /// diagnostics name it, such as <c>architecture "mlp" with hidden [8, 4]</c>.
    /// </summary>
    /// <param name="architecture">The spec's <c>architecture</c>.</param>
    /// <param name="hidden">The spec's <c>hidden</c>, as canonical JSON; only an <c>mlp</c> reads it.</param>
    public static string Describe(string architecture, string hidden) => architecture == "mlp"
        ? $"architecture \"mlp\" with hidden {hidden.Replace(",", ", ", StringComparison.Ordinal)}"
        : $"architecture \"{architecture}\"";
}
