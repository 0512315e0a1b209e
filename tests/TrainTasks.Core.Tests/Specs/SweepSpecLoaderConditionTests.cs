using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Tests.Specs;

public sealed class SweepSpecLoaderConditionTests
{
    private static readonly string s_optimizer =
        Entry("optimizer", """{ "type": "categorical", "choices": ["sgd", "adam", "adagrad"] }""");

    private static readonly string s_hidden =
        Entry("hidden", """{ "type": "categorical", "choices": [[128], [256, 128]] }""");

    [Fact]
    public void Parse_MomentumUnderSgd_AttachesTheCondition()
    {
        var json = WithSpace(s_optimizer, Momentum("""{ "optimizer": "sgd" }"""));

        var result = SpecText.Load(json);

        Assert.Empty(result.Diagnostics);
        var momentum = result.Spec!.Space.Parameters[1];
        Assert.Equal(new ParameterCondition("optimizer", [ParameterValue.FromString("sgd")]), momentum.When);
        Assert.Null(result.Spec.Space.Parameters[0].When);
    }

    [Fact]
    public void Parse_ListOfValuesAndListChoices_ReadsEachValue()
    {
        var json = WithSpace(
            s_optimizer,
            s_hidden,
            Momentum("""{ "optimizer": ["sgd", "adagrad"] }"""),
            Entry("dropout", """{ "type": "float", "low": 0, "high": 0.5, "when": { "hidden": [[256, 128.0]] } }"""));

        var result = SpecText.Load(json);

        Assert.Empty(result.Diagnostics);
        var space = result.Spec!.Space;
        Assert.Equal(["\"sgd\"", "\"adagrad\""], space.Parameters[2].When!.Values.Select(value => value.CanonicalJson));
        Assert.Equal(ParameterValue.Parse("[256,128]"), Assert.Single(space.Parameters[3].When!.Values));
    }

    [Fact]
    public void Parse_ChainOfConditions_IsAccepted()
    {
        var json = WithSpace(
            s_optimizer,
            Entry("schedule", """
                { "type": "categorical", "choices": ["constant", "cosine"], "when": { "optimizer": "sgd" } }
                """),
            Entry("momentum", """
                { "type": "float", "low": 0.5, "high": 0.9, "step": 0.2, "when": { "schedule": "cosine" } }
                """));

        var result = SpecText.Load(json);

        // sgd with constant (1) or cosine with 3 momenta (3), adam (1), adagrad (1).
        Assert.Empty(result.Diagnostics);
        Assert.Equal(6, (int)result.Spec!.Space.Cardinality!.Value);
    }

    [Fact]
    public void Parse_ChildDeclaredBeforeItsParent_KeepsTheDeclaredOrder()
    {
        var json = WithSpace(Momentum("""{ "optimizer": "sgd" }"""), s_optimizer);

        var result = SpecText.Load(json);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["momentum", "optimizer"], result.Spec!.Space.Parameters.Select(parameter => parameter.Name));
        Assert.Equal(["optimizer", "momentum"], result.Spec.Space.InDependencyOrder.Select(entry => entry.Name));
    }

    [Theory]
    [InlineData("""{}""", "TT1040", "$.space.momentum.when")]
    [InlineData("""{ "optimizer": "sgd", "hidden": [[128]] }""", "TT1040", "$.space.momentum.when")]
    [InlineData("""{ "architecture": "mlp" }""", "TT1041", "$.space.momentum.when.architecture")]
    [InlineData("""{ "learningRate": 0.001 }""", "TT1042", "$.space.momentum.when.learningRate")]
    [InlineData("""{ "optimizer": "sgdd" }""", "TT1043", "$.space.momentum.when.optimizer")]
    [InlineData("""{ "optimizer": ["sgd", "rmsprop"] }""", "TT1043", "$.space.momentum.when.optimizer[1]")]
    [InlineData("""{ "hidden": [128] }""", "TT1043", "$.space.momentum.when.hidden[0]")]
    [InlineData("""{ "momentum": 0.5 }""", "TT1044", "$.space.momentum.when.momentum")]
    [InlineData("""{ "optimizer": [] }""", "TT1046", "$.space.momentum.when.optimizer")]
    [InlineData("""{ "optimizer": ["sgd", "sgd"] }""", "TT1047", "$.space.momentum.when.optimizer[1]")]
    [InlineData("\"sgd\"", "TT1005", "$.space.momentum.when")]
    public void Parse_BadCondition_ReportsItsCodeAtItsPathAndLine(string when, string code, string path)
    {
        var json = WithSpace(
            s_optimizer,
            Entry("learningRate", """{ "type": "float", "low": 1e-4, "high": 1e-2, "log": true }"""),
            s_hidden,
            Momentum(when));

        var diagnostic = SpecText.Single(json);

        Assert.Equal((code, path), (diagnostic.Code, diagnostic.Location!.JsonPath));
        Assert.Equal(LineOf(json, "\"momentum\""), diagnostic.Location.Line);
        Assert.Equal(SpecText.File, diagnostic.Location.File);
    }

    [Fact]
    public void Parse_ValueNotAChoice_NamesTheValueAndTheChoices()
    {
        var json = WithSpace(s_optimizer, Momentum("""{ "optimizer": "sgdd" }"""));

        var diagnostic = SpecText.Single(json);

        Assert.Contains("\"sgdd\" is not a choice of 'optimizer'", diagnostic.Message);
        Assert.Contains("\"sgd\", \"adam\", \"adagrad\"", diagnostic.Message);
    }

    [Fact]
    public void Parse_ParentNotInSpace_ListsTheCategoricalParameters()
    {
        var json = WithSpace(s_optimizer, s_hidden, Momentum("""{ "architecture": "mlp" }"""));

        var diagnostic = SpecText.Single(json);

        Assert.Equal("TT1041", diagnostic.Code);
        Assert.Contains("optimizer, hidden", diagnostic.Message);
    }

    [Fact]
    public void Parse_TwoParametersUnderEachOther_ReportsOneCycle()
    {
        var json = WithSpace(
            Entry("optimizer", """
                { "type": "categorical", "choices": ["sgd", "adam"], "when": { "hidden": [[128]] } }
                """),
            Entry("hidden", """
                { "type": "categorical", "choices": [[128], [256]], "when": { "optimizer": "sgd" } }
                """));

        var diagnostic = SpecText.Single(json);

        Assert.Equal(("TT1045", "$.space.optimizer.when.hidden"), (diagnostic.Code, diagnostic.Location!.JsonPath));
        Assert.Contains("optimizer -> hidden -> optimizer", diagnostic.Message);
    }

    [Fact]
    public void Parse_ParentWithItsOwnError_ReportsOnlyTheParentsError()
    {
        var json = WithSpace(
            Entry("optimizer", """{ "type": "categorical", "choices": ["sgd", "rmsprop"] }"""),
            Momentum("""{ "optimizer": "sgd" }"""));

        var diagnostic = SpecText.Single(json);

        Assert.Equal("TT1029", diagnostic.Code);
    }

    [Fact]
    public void Parse_ConditionalSpace_ChangesTheStudyDefinition()
    {
        var plain = SpecText.Load(WithSpace(s_optimizer, Momentum(when: null))).Spec!;
        var conditional = SpecText.Load(WithSpace(s_optimizer, Momentum("""{ "optimizer": "sgd" }"""))).Spec!;

        Assert.NotEqual(plain.StudyDefinition, conditional.StudyDefinition);
    }

    private static string Entry(string name, string body) => $"\"{name}\": {body}";

    private static string Momentum(string? when) => when is null
        ? Entry("momentum", """{ "type": "float", "low": 0.5, "high": 0.99 }""")
        : Entry("momentum", $$"""{ "type": "float", "low": 0.5, "high": 0.99, "when": {{when}} }""");

    // The valid spec with its space entries replaced, one entry a line.
    private static string WithSpace(params string[] entries)
    {
        const string Entries = """
                "learningRate": { "type": "float", "low": 1e-4, "high": 1e-2, "log": true },
                "batchSize": { "type": "int", "low": 32, "high": 256, "log": true },
                "hidden": { "type": "categorical", "choices": [[128], [256, 128]] }
            """;
        var replacement = string.Join(",\n", entries.Select(entry => "    " + entry));
        return SpecText.ValidWith(Entries, replacement);
    }

    private static int LineOf(string json, string text) =>
        Array.FindIndex(json.Split('\n'), line => line.Contains(text, StringComparison.Ordinal)) + 1;
}
