using TrainTasks.Core.Specs;
using TrainTasks.Core.Training;

namespace TrainTasks.Core.Tests.Specs;

public sealed class RegressionSpecTests
{
    private const string Regression = """
        {
          "name": "diabetes-ridge",
          "data": {
            "format": "csv",
            "task": "regression",
            "train": { "table": "diabetes_data_raw.csv.gz", "targets": "diabetes_target.csv.gz" },
            "validationRows": 142,
            "csv": { "separator": " " }
          },
          "model": { "architecture": "linear" },
          "training": {
            "optimizer": "sgd", "l2": 0.1, "l2.0": 0.5,
            "hypergradient": { "method": "implicit", "neumannTerms": 200 }
          },
          "space": {
            "l2": { "type": "float", "low": 1e-4, "high": 10, "log": true },
            "l2.0": { "type": "float", "low": 1e-4, "high": 10, "log": true }
          },
          "budget": { "trials": 5 }
        }
        """;

    [Fact]
    public void Load_RegressionSpec_ReadsTaskTargetsRowsAndPenalties()
    {
        var spec = SpecText.Load(Regression).Spec!;

        Assert.True(spec.Data.IsRegression);
        Assert.Equal(142, spec.Data.ValidationRows);
        Assert.EndsWith("diabetes_target.csv.gz", spec.Data.Train.Targets);
        Assert.Equal(0.1, spec.Fixed["l2"].AsDouble());
        Assert.Equal(0.5, spec.Fixed["l2.0"].AsDouble());
        Assert.Equal(["l2", "l2.0"], spec.Space.Parameters.Select(parameter => parameter.Name));
        Assert.Equal(new HypergradientSettings(NeumannTerms: 200), spec.Hypergradient);
    }

    [Fact]
    public void Load_RegressionWithoutObjective_MinimizesValidationMse()
    {
        var spec = SpecText.Load(Regression).Spec!;

        Assert.Equal(new Objective("val_mse", OptimizationDirection.Minimize), spec.Objective);
    }

    [Fact]
    public void Load_NoHypergradientSection_GivesTheDefaults()
    {
        var spec = SpecText.Load(SpecText.Valid).Spec!;

        Assert.Equal(HypergradientSettings.Default, spec.Hypergradient);
        Assert.Equal(0.0, spec.Fixed["l2"].AsDouble());
        Assert.False(spec.Data.IsRegression);
    }

    [Theory]
    [InlineData("\"budget\"", "\"objective\": { \"metric\": \"val_accuracy\" }, \"budget\"", "TT1060")]
    [InlineData("\"validationRows\": 142,", "\"validationRows\": 142, \"validationFraction\": 0.2,", "TT1061")]
    [InlineData("\"format\": \"csv\"", "\"format\": \"idx\"", "TT1062")]
    [InlineData("\"task\": \"regression\",", "\"task\": \"classification\",", "TT1063")]
    [InlineData("\"neumannTerms\": 200", "\"neumannTerms\": 200, \"unrolledSteps\": 5", "TT1064")]
    [InlineData("\"neumannTerms\": 200", "\"neumannTerms\": 0", "TT1008")]
    [InlineData("\"method\": \"implicit\"", "\"method\": \"forward\"", "TT1009")]
    [InlineData("\"l2.0\": 0.5", "\"l2.64\": 0.5", "TT1004")]
    [InlineData("\"l2.0\": 0.5", "\"l2.0\": -1", "TT1013")]
    [InlineData("\"validationRows\": 142", "\"validationRows\": 0", "TT1008")]
    public void Load_BrokenRule_ReportsItsCode(string oldText, string newText, string code)
    {
        var result = SpecText.Load(Regression.Replace(oldText, newText, StringComparison.Ordinal));

        Assert.Null(result.Spec);
        Assert.Contains(code, result.Diagnostics.Select(diagnostic => diagnostic.Code));
    }

    [Fact]
    public void Load_MseObjectiveForAClassifier_ReportsTT1060AtTheMetric()
    {
        var json = SpecText.Valid.Replace("\"val_accuracy\"", "\"val_mse\"", StringComparison.Ordinal);

        var diagnostic = SpecText.Single(json);

        Assert.Equal("TT1060", diagnostic.Code);
        Assert.Equal("$.objective.metric", diagnostic.Location!.JsonPath);
    }

    [Theory]
    [InlineData("l2.0", true, 0)]
    [InlineData("l2.63", true, 63)]
    [InlineData("l2.64", false, -1)]
    [InlineData("l2.07", false, -1)]
    [InlineData("l2.", false, -1)]
    [InlineData("l2.x", false, -1)]
    public void TryParseLayerL2_Name_RecognizesPlainLayerIndices(string name, bool expected, int layer)
    {
        var parsed = BuiltInParameters.TryParseLayerL2(name, out var actual);

        Assert.Equal((expected, layer), (parsed, actual));
    }
}
