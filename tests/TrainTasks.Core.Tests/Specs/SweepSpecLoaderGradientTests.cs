using TrainTasks.Core.Specs;

namespace TrainTasks.Core.Tests.Specs;

public sealed class SweepSpecLoaderGradientTests
{
    private const string Spec = """
        {
          "name": "ridge",
          "data": { "format": "csv", "train": { "table": "train.csv" } },
          "training": { "l2": 1e-4, "learningRate": 0.01 },
          "space": {
            "l2": { "type": "float", "low": 1e-6, "high": 1e3, "log": true },
            "l2.0": { "type": "float", "low": 0, "high": 0.5 }
          },
          "objective": { "metric": "val_loss", "direction": "minimize" },
          "strategy": { "type": "gradient", "rate": 0.3 },
          "budget": { "trials": 40 }
        }
        """;

    [Fact]
    public void Parse_GradientOverFloats_LoadsItsOptionsAndAsksForEveryHypergradient()
    {
        var result = SpecText.Load(Spec);

        var spec = Assert.IsType<SweepSpec>(result.Spec);
        Assert.Equal("gradient", spec.Strategy);
        Assert.Equal(0.3, spec.StrategyOptions["rate"]);
        Assert.Equal(["l2", "l2.0"], spec.Hypergradients);
    }

    [Fact]
    public void Hypergradients_OtherStrategy_AreNone()
    {
        var spec = SpecText.Load(With("{ \"type\": \"gradient\", \"rate\": 0.3 }", "\"random\"")).Spec!;

        Assert.Empty(spec.Hypergradients);
    }

    [Theory]
    [InlineData("\"momentum\": { \"type\": \"float\", \"low\": 0.5, \"high\": 0.99 }", "momentum")]
    [InlineData("\"learningRate\": { \"type\": \"float\", \"low\": 1e-4, \"high\": 1, \"log\": true }", "learningRate")]
    public void Parse_GradientOverFloatWithoutHypergradient_ReportsTT1053AtIt(string entry, string name)
    {
        var json = With("\"l2.0\": { \"type\": \"float\", \"low\": 0, \"high\": 0.5 }", entry);

        var diagnostic = SpecText.Single(json);

        Assert.Equal("TT1053", diagnostic.Code);
        Assert.Equal($"$.space.{name}", diagnostic.Location!.JsonPath);
        Assert.Contains($"'{name}'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GradientOverLearningRateUnrolled_IsAccepted()
    {
        var json = With("\"l2.0\": { \"type\": \"float\", \"low\": 0, \"high\": 0.5 }",
                "\"learningRate\": { \"type\": \"float\", \"low\": 1e-4, \"high\": 1, \"log\": true }")
            .Replace(
                "\"learningRate\": 0.01 }",
                "\"learningRate\": 0.01, \"hypergradient\": { \"method\": \"unrolled\" } }");

        var result = SpecText.Load(json);

        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("\"batchSize\": { \"type\": \"int\", \"low\": 16, \"high\": 64 }", "batchSize", "training")]
    [InlineData(
        "\"optimizer\": { \"type\": \"categorical\", \"choices\": [\"sgd\", \"adam\"] }", "optimizer", "training")]
    [InlineData("\"dropout\": { \"type\": \"float\", \"low\": 0, \"high\": 0.5, \"step\": 0.1 }", "dropout", "model")]
    public void Parse_GradientWithDiscreteParameter_ReportsTT1050AtItNamingItsSection(
        string entry,
        string name,
        string section)
    {
        var json = With("\"l2.0\": { \"type\": \"float\", \"low\": 0, \"high\": 0.5 }", entry);

        var diagnostic = SpecText.Single(json);

        Assert.Equal("TT1050", diagnostic.Code);
        Assert.Equal($"$.space.{name}", diagnostic.Location!.JsonPath);
        Assert.Contains($"under '{section}'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"metric\": \"val_loss\", \"direction\": \"minimize\"", "\"metric\": \"val_accuracy\"",
        "$.objective.metric")]
    [InlineData("\"metric\": \"val_loss\", \"direction\": \"minimize\"", "\"metric\": \"train_loss\"",
        "$.objective.metric")]
    [InlineData("\"direction\": \"minimize\"", "\"direction\": \"maximize\"", "$.objective.direction")]
    public void Parse_GradientWithOtherObjective_ReportsTT1051(string oldText, string newText, string path)
    {
        var diagnostic = SpecText.Single(With(oldText, newText));

        Assert.Equal("TT1051", diagnostic.Code);
        Assert.Equal(path, diagnostic.Location!.JsonPath);
    }

    [Fact]
    public void Parse_GradientWithDefaultObjective_ReportsTT1051AtTheStrategy()
    {
        var json = With("\"objective\": { \"metric\": \"val_loss\", \"direction\": \"minimize\" },", "");

        var diagnostic = SpecText.Single(json);

        Assert.Equal("TT1051", diagnostic.Code);
        Assert.Equal("$.strategy", diagnostic.Location!.JsonPath);
        Assert.Contains("\"val_accuracy\" maximized", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GradientWithEmptySpace_ReportsTT1052()
    {
        var start = Spec.IndexOf("\"space\"", StringComparison.Ordinal);
        var end = Spec.IndexOf("\"objective\"", StringComparison.Ordinal);
        var json = Spec[..start] + "\"space\": {},\n  " + Spec[end..];

        var diagnostic = SpecText.Single(json);

        Assert.Equal("TT1052", diagnostic.Code);
        Assert.Equal("$.space", diagnostic.Location!.JsonPath);
    }

    [Theory]
    [InlineData("\"rate\": 0", "$.strategy.rate")]
    [InlineData("\"rate\": \"fast\"", "$.strategy.rate")]
    [InlineData("\"rate\": 0.3, \"clip\": 0.5", "$.strategy.clip")]
    [InlineData("\"rate\": 0.3, \"tolerance\": -1", "$.strategy.tolerance")]
    public void Parse_GradientOptionOutOfRange_ReportsItAtTheOption(string options, string path)
    {
        var diagnostic = SpecText.Single(With("\"rate\": 0.3", options));

        Assert.Contains(diagnostic.Code, new[] { "TT1005", "TT1008" });
        Assert.Equal(path, diagnostic.Location!.JsonPath);
    }

    private static string With(string oldText, string newText)
    {
        Assert.Contains(oldText, Spec);
        return Spec.Replace(oldText, newText, StringComparison.Ordinal);
    }
}
