using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Specs;

/// <summary>
/// The catalog of parameters the built-in trainer understands: every name that may appear
/// under <c>model</c>, <c>training</c> and <c>space</c>, with its rule and default.
/// </summary>
public static class BuiltInParameters
{
    /// <summary>The spec section of model parameters.</summary>
    public const string ModelSection = "model";

    /// <summary>The spec section of training parameters.</summary>
    public const string TrainingSection = "training";

    /// <summary>
    /// The start of the per-layer L2 penalties <c>l2.0</c>, <c>l2.1</c>, …: <c>l2.k</c> adds to
    /// <c>l2</c> on the weights of the k-th weight layer from the input side. They are not listed in
    /// <see cref="All"/> (their number depends on the model); <see cref="Find"/> knows them.
    /// </summary>
    public const string LayerL2Prefix = "l2.";

    /// <summary>The largest layer index a per-layer penalty may name.</summary>
    public const int MaximumLayerIndex = 63;

    private static readonly BuiltInParameter s_layerL2Template =
        Float(LayerL2Prefix, TrainingSection, 0.0, minimum: 0);

    /// <summary>Every built-in parameter, model ones first, in the order the docs list them.</summary>
    public static IReadOnlyList<BuiltInParameter> All { get; } =
    [
        Choice("architecture", ModelSection, "mlp", ["mlp", "cnn", "linear"]),
        IntList("hidden", ModelSection, "[256,128]"),
        Choice("activation", ModelSection, "relu", ["relu", "tanh", "gelu"]),
        Float("dropout", ModelSection, 0.0, minimum: 0, maximum: 1, maximumExclusive: true),
        IntList("channels", ModelSection, "[16,32]"),
        Choice("optimizer", TrainingSection, "adam", ["sgd", "adam", "adagrad"]),
        Float("learningRate", TrainingSection, 0.001, minimum: 0, minimumExclusive: true),
        Float("momentum", TrainingSection, 0.9, minimum: 0, maximum: 1, maximumExclusive: true),
        Float("weightDecay", TrainingSection, 0.0, minimum: 0),
        Float("l1", TrainingSection, 0.0, minimum: 0),
        Float("l2", TrainingSection, 0.0, minimum: 0),
        Int("batchSize", TrainingSection, 128, minimum: 1, maximum: 1 << 24),
        Int("epochs", TrainingSection, 5, minimum: 1, maximum: 100_000),
        Choice("schedule", TrainingSection, "constant", ["constant", "cosine"]),
        Choice("learningRateAdaptation", TrainingSection, "none", ["none", AdaptationCheck.Hypergradient]),
        Float("hypergradientRate", TrainingSection, 0.05, minimum: 0, maximum: 1, maximumExclusive: true),
    ];

    /// <summary>
    /// The parameter named <paramref name="name"/> (case-sensitive), including the per-layer
    /// penalties <c>l2.0</c> to <c>l2.63</c>, or null.
    /// </summary>
    public static BuiltInParameter? Find(string name) =>
        All.FirstOrDefault(parameter => parameter.Name == name)
        ?? (TryParseLayerL2(name, out _) ? s_layerL2Template with { Name = name } : null);

    /// <summary>
    /// Whether <paramref name="name"/> is a per-layer penalty <c>l2.k</c>, with k written in plain
    /// decimal digits from 0 to <see cref="MaximumLayerIndex"/>; <paramref name="layer"/> is k.
    /// </summary>
    public static bool TryParseLayerL2(string name, out int layer)
    {
        layer = -1;
        var digits = name.StartsWith(LayerL2Prefix, StringComparison.Ordinal) ? name[LayerL2Prefix.Length..] : "";
        var canonical = digits.Length is >= 1 and <= 2 && digits.All(char.IsAsciiDigit)
            && (digits.Length == 1 || digits[0] != '0');
        if (!canonical || int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) > MaximumLayerIndex)
        {
            return false;
        }

        layer = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>The parameters of one section, in catalog order.</summary>
    public static IReadOnlyList<BuiltInParameter> InSection(string section) =>
        All.Where(parameter => parameter.Section == section).ToArray();

    private static BuiltInParameter Choice(string name, string section, string value, string[] choices) =>
        new(name, section, BuiltInParameterKind.Choice, ParameterValue.FromString(value), choices);

    private static BuiltInParameter IntList(string name, string section, string json) =>
        new(name, section, BuiltInParameterKind.IntList, ParameterValue.Parse(json), []);

    private static BuiltInParameter Int(string name, string section, long value, double minimum, double maximum) =>
        new(name, section, BuiltInParameterKind.Int, ParameterValue.FromInt64(value), [], minimum, Maximum: maximum);

    private static BuiltInParameter Float(
        string name,
        string section,
        double value,
        double minimum,
        bool minimumExclusive = false,
        double? maximum = null,
        bool maximumExclusive = false) =>
        new(
            name,
            section,
            BuiltInParameterKind.Float,
            ParameterValue.FromDouble(value),
            [],
            minimum,
            minimumExclusive,
            maximum,
            maximumExclusive);
}
