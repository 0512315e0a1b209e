using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.SearchSpaces;

/// <summary>Conditional spaces for the space and sampler tests, with configurations listed by hand.</summary>
internal static class ConditionalSpaces
{
    /// <summary>optimizer in {sgd, adam}; momentum (0.5, 0.6, 0.7) only under sgd: 3 + 1 = 4 configurations.</summary>
    public static SearchSpace Momentum { get; } = new([
        new CategoricalParameter("optimizer", [Text("sgd"), Text("adam")]),
        new FloatParameter("momentum", 0.5, 0.7, Step: 0.1) { When = new("optimizer", [Text("sgd")]) },
    ]);

    /// <summary>
    /// A chain declared children first: architecture in {mlp, cnn}; hidden ([16] or [32]) under mlp;
    /// dropout (0 or 0.5) under hidden [32]; channels ([8,16] or [16,32]) under cnn: 5 configurations.
    /// </summary>
    public static SearchSpace Chain { get; } = new([
        new CategoricalParameter("dropout", [Number(0), Number(0.5)]) { When = new("hidden", [Json("[32]")]) },
        new CategoricalParameter("channels", [Json("[8,16]"), Json("[16,32]")])
        {
            When = new("architecture", [Text("cnn")]),
        },
        new CategoricalParameter("hidden", [Json("[16]"), Json("[32]")]) { When = new("architecture", [Text("mlp")]) },
        new CategoricalParameter("architecture", [Text("mlp"), Text("cnn")]),
    ]);

    /// <summary>
    /// A mixed space for the samplers: optimizer in {sgd, adam, adagrad}; a continuous log learning
    /// rate always; momentum in [0.5, 0.99] under sgd and adagrad; an integer batch size under adam.
    /// </summary>
    public static SearchSpace Mixed { get; } = new([
        new CategoricalParameter("optimizer", [Text("sgd"), Text("adam"), Text("adagrad")]),
        new FloatParameter("learningRate", 1e-4, 1e-1, Log: true),
        new FloatParameter("momentum", 0.5, 0.99) { When = new("optimizer", [Text("sgd"), Text("adagrad")]) },
        new IntParameter("batchSize", 16, 256, Log: true) { When = new("optimizer", [Text("adam")]) },
    ]);

    /// <summary>The 5 configurations of <see cref="Chain"/>, written out.</summary>
    public static IReadOnlyList<TrialParameters> ChainConfigurations { get; } =
    [
        TrialParameters.FromJson("""{ "architecture": "mlp", "hidden": [16] }"""),
        TrialParameters.FromJson("""{ "architecture": "mlp", "hidden": [32], "dropout": 0 }"""),
        TrialParameters.FromJson("""{ "architecture": "mlp", "hidden": [32], "dropout": 0.5 }"""),
        TrialParameters.FromJson("""{ "architecture": "cnn", "channels": [8, 16] }"""),
        TrialParameters.FromJson("""{ "architecture": "cnn", "channels": [16, 32] }"""),
    ];

    public static ParameterValue Text(string value) => ParameterValue.FromString(value);

    public static ParameterValue Number(double value) => ParameterValue.FromDouble(value);

    public static ParameterValue Json(string json) => ParameterValue.Parse(json);

    /// <summary>Whether <paramref name="parameters"/> is exactly a configuration of the space, no more.</summary>
    public static bool IsValid(SearchSpace space, TrialParameters parameters) =>
        space.Contains(parameters) && space.Restrict(parameters).Equals(parameters);
}
