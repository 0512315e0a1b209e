using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Tests.Specs;

public sealed class SweepSpecLoaderAdaptationTests
{
    private const string Training = "\"training\": { \"optimizer\": \"adam\", \"epochs\": 3 }";
    private const string Hidden = "\"hidden\": { \"type\": \"categorical\", \"choices\": [[128], [256, 128]] }";

    [Fact]
    public void Parse_HypergradientAdaptation_FixesBothParameters()
    {
        var json = SpecText.ValidWith(
            Training,
            "\"training\": { \"learningRateAdaptation\": \"hypergradient\", \"hypergradientRate\": 0.03 }");

        var result = SpecText.Load(json);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("\"hypergradient\"", result.Spec!.Fixed["learningRateAdaptation"].CanonicalJson);
        Assert.Equal(0.03, result.Spec.Fixed["hypergradientRate"].AsDouble());
    }

    [Fact]
    public void Parse_NoAdaptationGiven_DefaultsToNoneAndFiveHundredthsRate()
    {
        var spec = SpecText.Load(SpecText.Valid).Spec!;

        Assert.Equal("\"none\"", spec.Fixed["learningRateAdaptation"].CanonicalJson);
        Assert.Equal(0.05, spec.Fixed["hypergradientRate"].AsDouble());
    }

    [Theory]
    [InlineData("\"learningRateAdaptation\": \"hypergradient\", \"hypergradientRate\": 1", "1")]
    [InlineData("\"learningRateAdaptation\": \"hypergradient\", \"hypergradientRate\": -0.1", "-0.1")]
    [InlineData("\"learningRateAdaptation\": \"adaptive\"", "\"adaptive\"")]
    public void Parse_BadAdaptationValue_ReportsTT1013AtTheValue(string entry, string value)
    {
        var json = SpecText.ValidWith(Training, $"\"training\": {{ {entry} }}");

        var diagnostic = SpecText.Single(json);

        Assert.Equal("TT1013", diagnostic.Code);
        Assert.Contains(value, diagnostic.Message);
        Assert.StartsWith("$.training.", diagnostic.Location!.JsonPath);
    }

    [Fact]
    public void Parse_SearchedHypergradientRate_IsAFloatParameter()
    {
        var json = SpecText.ValidWith(
            Hidden,
            Hidden + ", \"hypergradientRate\": { \"type\": \"float\", \"low\": 0.001, \"high\": 0.1, \"log\": true }")
            .Replace(Training, "\"training\": { \"learningRateAdaptation\": \"hypergradient\" }");

        var result = SpecText.Load(json);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            new FloatParameter("hypergradientRate", 0.001, 0.1, Log: true),
            result.Spec!.Space.Parameters.Single(parameter => parameter.Name == "hypergradientRate"));
    }

    [Fact]
    public void Parse_SearchedRateUpToOne_ReportsTT1029()
    {
        var json = SpecText.ValidWith(
            Hidden, Hidden + ", \"hypergradientRate\": { \"type\": \"float\", \"low\": 0.5, \"high\": 1 }")
            .Replace(Training, "\"training\": { \"learningRateAdaptation\": \"hypergradient\" }");

        var diagnostic = SpecText.Single(json);

        Assert.Equal("TT1029", diagnostic.Code);
    }

    [Fact]
    public void Parse_RateWithoutAdaptation_WarnsTT1070AtTheRate()
    {
        var json = SpecText.ValidWith(Training, "\"training\": { \"hypergradientRate\": 0.03 }");

        var result = SpecText.Load(json);

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("TT1070", "$.training.hypergradientRate"), (warning.Code, warning.Location!.JsonPath));
        Assert.NotNull(result.Spec);
    }

    [Fact]
    public void Parse_SearchedRateWithoutAdaptation_WarnsTT1070AtTheSpaceEntry()
    {
        var json = SpecText.ValidWith(
            Hidden, Hidden + ", \"hypergradientRate\": { \"type\": \"categorical\", \"choices\": [0.01, 0.1] }");

        var result = SpecText.Load(json);

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("TT1070", "$.space.hypergradientRate"), (warning.Code, warning.Location!.JsonPath));
        Assert.Contains("same model", warning.Message);
    }

    [Fact]
    public void Parse_RateWithSearchedAdaptation_DoesNotWarn()
    {
        var json = SpecText.ValidWith(
            Hidden,
            Hidden + ", \"learningRateAdaptation\": "
            + "{ \"type\": \"categorical\", \"choices\": [\"none\", \"hypergradient\"] }")
            .Replace(Training, "\"training\": { \"hypergradientRate\": 0.03 }");

        var result = SpecText.Load(json);

        Assert.Empty(result.Diagnostics);
    }
}
