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

    /// <summary>Every built-in parameter, model ones first, in the order the docs list them.</summary>
    public static IReadOnlyList<BuiltInParameter> All { get; } =
    [
        Choice("architecture", ModelSection, "mlp", ["mlp", "cnn"]),
        IntList("hidden", ModelSection, "[256,128]"),
        Choice("activation", ModelSection, "relu", ["relu", "tanh", "gelu"]),
        Float("dropout", ModelSection, 0.0, minimum: 0, maximum: 1, maximumExclusive: true),
        IntList("channels", ModelSection, "[16,32]"),
        Choice("optimizer", TrainingSection, "adam", ["sgd", "adam", "adagrad"]),
        Float("learningRate", TrainingSection, 0.001, minimum: 0, minimumExclusive: true),
        Float("momentum", TrainingSection, 0.9, minimum: 0, maximum: 1, maximumExclusive: true),
        Float("weightDecay", TrainingSection, 0.0, minimum: 0),
        Float("l1", TrainingSection, 0.0, minimum: 0),
        Int("batchSize", TrainingSection, 128, minimum: 1, maximum: 1 << 24),
        Int("epochs", TrainingSection, 5, minimum: 1, maximum: 100_000),
        Choice("schedule", TrainingSection, "constant", ["constant", "cosine"]),
        Choice("learningRateAdaptation", TrainingSection, "none", ["none", AdaptationCheck.Hypergradient]),
        Float("hypergradientRate", TrainingSection, 0.05, minimum: 0, maximum: 1, maximumExclusive: true),
    ];

    /// <summary>The parameter named <paramref name="name"/> (case-sensitive), or null.</summary>
    public static BuiltInParameter? Find(string name) =>
        All.FirstOrDefault(parameter => parameter.Name == name);

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
