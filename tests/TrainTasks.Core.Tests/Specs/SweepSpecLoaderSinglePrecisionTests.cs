using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;

namespace TrainTasks.Core.Tests.Specs;

/// <summary>
/// The trainer hands float parameters to TorchSharp in single precision, so a float the spec fixes
/// or lets the search reach must not exceed the largest single-precision number.
/// </summary>
public sealed class SweepSpecLoaderSinglePrecisionTests
{
    private const string Training = "\"training\": { \"optimizer\": \"adam\", \"epochs\": 3 }";
    private const string LearningRate =
        "\"learningRate\": { \"type\": \"float\", \"low\": 1e-4, \"high\": 1e-2, \"log\": true }";

    // float.MaxValue written as the shortest double that round-trips it; one bit more is too much.
    private const string Largest = "3.4028234663852886e38";
    private const string JustAbove = "3.402823466385289e38";

    [Theory]
    [InlineData("learningRate", "1e39")]
    [InlineData("weightDecay", "1e308")]
    [InlineData("l1", "3.5e38")]
    [InlineData("l2", JustAbove)]
    [InlineData("l2.0", "1e39")]
    public void Parse_FixedFloatBeyondSinglePrecision_ReportsTT1013WithValueAndRule(string name, string value)
    {
        var json = SpecText.ValidWith(Training, $"\"training\": {{ \"{name}\": {value} }}");

        var diagnostic = SpecText.Single(json);

        Assert.Equal("TT1013", diagnostic.Code);
        Assert.Equal(SpecDocument.Child("$.training", name), diagnostic.Location!.JsonPath);
        Assert.Contains($"got {value}", diagnostic.Message);
        Assert.Contains("at most 3.4028234663852886E+38, the largest single-precision number", diagnostic.Message);
    }

    [Theory]
    [InlineData("1e-3", "3.5e38")]
    [InlineData("1e-3", "1e308")]
    public void Parse_SearchedRangeBeyondSinglePrecision_ReportsTT1029AtTheHighBound(string low, string high)
    {
        var json = SpecText.ValidWith(
            LearningRate,
            $"\"learningRate\": {{ \"type\": \"float\", \"low\": {low}, \"high\": {high}, \"log\": true }}");

        var result = SpecText.Load(json);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Null(result.Spec);
        Assert.Equal(("TT1029", "$.space.learningRate.high"), (diagnostic.Code, diagnostic.Location!.JsonPath));
        Assert.Contains("single-precision", diagnostic.Message);
    }

    [Fact]
    public void Parse_ChoiceBeyondSinglePrecision_ReportsTT1029AtTheChoice()
    {
        var json = SpecText.ValidWith(
            LearningRate,
            "\"l2\": { \"type\": \"categorical\", \"choices\": [0.1, 1e39] }");

        var diagnostic = SpecText.Single(json);

        Assert.Equal("TT1029", diagnostic.Code);
        Assert.Equal("$.space.l2.choices[1]", diagnostic.Location!.JsonPath);
    }

    [Fact]
    public void Parse_LargestSinglePrecisionNumber_IsAccepted()
    {
        var json = SpecText.ValidWith(
            LearningRate,
            $"\"learningRate\": {{ \"type\": \"float\", \"low\": 1e-3, \"high\": {Largest}, \"log\": true }}")
            .Replace(Training, $"\"training\": {{ \"weightDecay\": {Largest}, \"l2.1\": {Largest} }}");

        var result = SpecText.Load(json);

        Assert.Empty(result.Diagnostics);
        Assert.Equal((double)float.MaxValue, ((FloatParameter)result.Spec!.Space.Parameters[0]).High);
        Assert.Equal((double)float.MaxValue, result.Spec.Fixed["weightDecay"].AsDouble());
    }

    [Fact]
    public void Rule_UnboundedFloat_StatesTheSinglePrecisionCap()
    {
        var rule = BuiltInParameters.Find("learningRate")!.Rule;

        Assert.Equal(
            "a number above 0 and at most 3.4028234663852886E+38, the largest single-precision number "
            + "(the trainer computes in single precision)",
            rule);
    }
}
