using TrainTasks.Core.Specs;
using TrainTasks.Core.Training;

namespace TrainTasks.Core.Tests.Specs;

public sealed class HypergradientSpecTests
{
    private const string TrainingLine = "\"training\": { \"optimizer\": \"adam\", \"epochs\": 3 },";

    [Fact]
    public void Load_NoHessianRows_UsesTheDefaultFixedSubset()
    {
        var spec = SpecText.Load(WithSettings("\"neumannTerms\": 30")).Spec!;

        Assert.Equal(HypergradientSettings.DefaultHessianRows, spec.Hypergradient.HessianRows);
        Assert.Equal(HessianSampling.Fixed, spec.Hypergradient.HessianSampling);
    }

    [Theory]
    [InlineData("\"hessianRows\": \"all\"", null, HessianSampling.Fixed)]
    [InlineData("\"hessianRows\": 1", 1, HessianSampling.Fixed)]
    [InlineData("\"hessianRows\": 512, \"hessianSampling\": \"perTerm\"", 512, HessianSampling.PerTerm)]
    [InlineData("\"hessianRows\": 4096.0, \"hessianSampling\": \"fixed\"", 4096, HessianSampling.Fixed)]
    [InlineData("\"hessianRows\": 100000000", 100_000_000, HessianSampling.Fixed)]
    public void Load_HessianSettings_AreRead(string settings, int? rows, HessianSampling sampling)
    {
        var spec = SpecText.Load(WithSettings(settings)).Spec!;

        Assert.Equal(new HypergradientSettings(HessianRows: rows, HessianSampling: sampling), spec.Hypergradient);
    }

    [Theory]
    [InlineData("\"hessianRows\": 0", "TT1065")]
    [InlineData("\"hessianRows\": -5", "TT1065")]
    [InlineData("\"hessianRows\": 2.5", "TT1065")]
    [InlineData("\"hessianRows\": 100000001", "TT1065")]
    [InlineData("\"hessianRows\": \"every\"", "TT1065")]
    [InlineData("\"hessianRows\": null", "TT1065")]
    [InlineData("\"hessianRows\": \"all\", \"hessianSampling\": \"perTerm\"", "TT1066")]
    [InlineData("\"hessianSampling\": \"random\"", "TT1009")]
    [InlineData("\"method\": \"unrolled\", \"hessianRows\": 256", "TT1064")]
    [InlineData("\"method\": \"unrolled\", \"hessianSampling\": \"fixed\"", "TT1064")]
    public void Load_BrokenHessianSetting_ReportsItsCodeAtTheSetting(string settings, string code)
    {
        var diagnostic = SpecText.Single(WithSettings(settings));

        Assert.Equal(code, diagnostic.Code);
        Assert.StartsWith("$.training.hypergradient.hessian", diagnostic.Location!.JsonPath, StringComparison.Ordinal);
        Assert.Equal(11, diagnostic.Location.Line);
    }

    [Fact]
    public void Load_HessianRowsOutOfRange_QuotesTheValueAndTheRule()
    {
        var diagnostic = SpecText.Single(WithSettings("\"hessianRows\": \"every\""));

        Assert.Contains("\"every\"", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("from 1 to 100000000", diagnostic.Message, StringComparison.Ordinal);
    }

    // The settings go on a line of their own (line 11 of the spec), so every diagnostic points there.
    private static string WithSettings(string settings) =>
        SpecText.ValidWith(
            TrainingLine,
            "\"training\": { \"optimizer\": \"adam\", \"epochs\": 3, \"hypergradient\":\n{ " + settings + " } },");
}
