using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Core.Tests.Specs;

public sealed class SweepSpecLoaderLayerPenaltyTests
{
    private const string Model = "\"model\": { \"architecture\": \"mlp\", \"hidden\": [8] }";
    private const string Training = "\"training\": { \"epochs\": 1 }";
    private const string Space =
        "\"learningRate\": { \"type\": \"float\", \"low\": 0.0001, \"high\": 0.01, \"log\": true }";

    private const string Spec = """
        {
          "name": "penalties",
          "data": { "format": "csv", "train": { "table": "train.csv" } },
          "model": { "architecture": "mlp", "hidden": [8] },
          "training": { "epochs": 1 },
          "space": {
            "learningRate": { "type": "float", "low": 0.0001, "high": 0.01, "log": true }
          },
          "budget": { "trials": 3 }
        }
        """;

    [Theory]
    [InlineData("mlp", "[8]", "l2.1", null)]
    [InlineData("mlp", "[8]", "l2.2", "TT1048")]
    [InlineData("mlp", "[8, 4]", "l2.2", null)]
    [InlineData("mlp", "[8, 4]", "l2.3", "TT1048")]
    [InlineData("linear", "[8, 4]", "l2.0", null)]
    [InlineData("linear", "[8, 4]", "l2.1", "TT1048")]
    [InlineData("cnn", "[8]", "l2.2", null)]
    [InlineData("cnn", "[8]", "l2.3", "TT1048")]
    public void Parse_FixedPenaltyOfAFixedModel_IsAnErrorExactlyWhenTheLayerIsMissing(
        string architecture, string hidden, string name, string? code)
    {
        var json = Spec
            .Replace(Model, $"\"model\": {{ \"architecture\": \"{architecture}\", \"hidden\": {hidden} }}")
            .Replace(Training, $"\"training\": {{ \"epochs\": 1, \"{name}\": 0.1 }}");

        var result = SpecText.Load(json);

        Assert.Equal(code is null ? [] : [code], result.Diagnostics.Select(diagnostic => diagnostic.Code));
        Assert.Equal(code is null, result.Spec is not null);
    }

    [Fact]
    public void Parse_FixedPenaltyBeyondTheModel_NamesFileLinePathValueAndLayers()
    {
        var json = Spec.Replace(Training, "\"training\": { \"epochs\": 1, \"l2.7\": 0.1 }");

        var diagnostic = SpecText.Single(json);

        Assert.Equal(("TT1048", DiagnosticSeverity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal(SpecText.File, diagnostic.Location!.File);
        var key = "\"l2.7\"";
        Assert.Equal((LineOf(json, key), ColumnOf(json, key)), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("$.training['l2.7']", diagnostic.Location.JsonPath);
        Assert.Contains("'l2.7' = 0.1 penalizes weight layer 7", diagnostic.Message);
        Assert.Contains("\"mlp\" with hidden [8], has 2 weight layer(s), l2.0 to l2.1", diagnostic.Message);
    }

    [Fact]
    public void Parse_SearchedPenaltyBeyondTheModel_ReportsTT1048AtItsSpaceEntry()
    {
        var json = Spec.Replace(Space, Space + ", \"l2.5\": { \"type\": \"float\", \"low\": 0, \"high\": 1 }");

        var diagnostic = SpecText.Single(json);

        Assert.Equal("TT1048", diagnostic.Code);
        Assert.Equal("$.space['l2.5']", diagnostic.Location!.JsonPath);
        Assert.Equal(LineOf(json, "\"l2.5\""), diagnostic.Location.Line);
        Assert.Contains("'l2.5' (searched) penalizes weight layer 5", diagnostic.Message);
    }

    [Fact]
    public void Parse_SearchedDepthWherePenaltyFitsSomeChoices_WarnsTT1049WithTheWhenThatFits()
    {
        var json = Spec.Replace(
            Space,
            "\"hidden\": { \"type\": \"categorical\", \"choices\": [[4], [8, 4]] }, "
            + "\"l2.2\": { \"type\": \"float\", \"low\": 0, \"high\": 0.01 }");

        var result = SpecText.Load(json);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.NotNull(result.Spec);
        Assert.Equal(("TT1049", DiagnosticSeverity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal("$.space['l2.2']", diagnostic.Location!.JsonPath);
        Assert.Contains("architecture \"mlp\" with hidden [4] has 2 weight layer(s)", diagnostic.Message);
        Assert.Contains("add \"when\": { \"hidden\": [[8,4]] } to its entry", diagnostic.Message);
    }

    [Fact]
    public void Parse_PenaltyConditionedOnTheDepthsThatHaveItsLayer_ReportsNothing()
    {
        var json = Spec.Replace(
            Space,
            "\"hidden\": { \"type\": \"categorical\", \"choices\": [[4], [8, 4]] }, "
            + "\"l2.2\": { \"type\": \"float\", \"low\": 0, \"high\": 0.01, \"when\": { \"hidden\": [[8, 4]] } }");

        var result = SpecText.Load(json);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Spec);
    }

    [Fact]
    public void Parse_PenaltyActiveOnlyUnderADepthWithoutItsLayer_ReportsTT1048()
    {
        var json = Spec.Replace(
            Space,
            "\"hidden\": { \"type\": \"categorical\", \"choices\": [[4], [8, 4]] }, "
            + "\"l2.2\": { \"type\": \"float\", \"low\": 0, \"high\": 0.01, \"when\": { \"hidden\": [[4]] } }");

        var diagnostic = SpecText.Single(json);

        Assert.Equal("TT1048", diagnostic.Code);
        Assert.Contains("the deepest model, architecture \"mlp\" with hidden [4], has 2", diagnostic.Message);
    }

    [Fact]
    public void Parse_FixedPenaltyUnderSearchedArchitecture_WarnsTT1049AndSuggestsMovingIt()
    {
        var json = Spec
            .Replace(Space, "\"architecture\": { \"type\": \"categorical\", \"choices\": [\"mlp\", \"linear\"] }")
            .Replace(Training, "\"training\": { \"epochs\": 1, \"l2.1\": 0.5 }");

        var diagnostic = SpecText.Single(json);

        Assert.Equal("TT1049", diagnostic.Code);
        Assert.Equal("$.training['l2.1']", diagnostic.Location!.JsonPath);
        Assert.Contains("architecture \"linear\" has 1 weight layer(s)", diagnostic.Message);
        Assert.Contains(
            "move it to 'space' as { \"type\": \"categorical\", \"choices\": [0.5], "
            + "\"when\": { \"architecture\": [\"mlp\"] } }",
            diagnostic.Message);
    }

    [Fact]
    public void Parse_DepthUnderAChainOfConditions_JudgesEachConfigurationWithItsInactiveValues()
    {
        // Under "linear" the searched hidden is inactive, so the fixed [8] stands, which the linear
        // model ignores: 1 weight layer. Under "mlp" the depth is [4] (2 layers) or [8, 4] (3).
        var json = Spec.Replace(
            Space,
            "\"architecture\": { \"type\": \"categorical\", \"choices\": [\"mlp\", \"linear\"] }, "
            + "\"hidden\": { \"type\": \"categorical\", \"choices\": [[4], [8, 4]], "
            + "\"when\": { \"architecture\": \"mlp\" } }, "
            + "\"l2.1\": { \"type\": \"float\", \"low\": 0, \"high\": 1, \"when\": { \"architecture\": \"mlp\" } }, "
            + "\"l2.2\": { \"type\": \"float\", \"low\": 0, \"high\": 1, \"when\": { \"architecture\": \"mlp\" } }");

        var result = SpecText.Load(json);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("TT1049", "$.space['l2.2']"), (diagnostic.Code, diagnostic.Location!.JsonPath));
        Assert.Contains("hidden [4] has 2 weight layer(s)", diagnostic.Message);
    }

    private static int LineOf(string json, string text) =>
        Array.FindIndex(json.Split('\n'), line => line.Contains(text, StringComparison.Ordinal)) + 1;

    private static int ColumnOf(string json, string text)
    {
        var line = json.Split('\n').First(line => line.Contains(text, StringComparison.Ordinal));
        return line.IndexOf(text, StringComparison.Ordinal) + 1;
    }
}
