using TrainTasks.Core.Samplers;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Specs;

public sealed class SweepSpecLoaderSpaceTests
{
    private const string LearningRate = """{ "type": "float", "low": 1e-4, "high": 1e-2, "log": true }""";
    private const string BatchSize = """{ "type": "int", "low": 32, "high": 256, "log": true }""";

    [Fact]
    public void Parse_FloatStepNotDividingRange_WarnsAndLowersHigh()
    {
        var json = SpecText.ValidWith(
            LearningRate,
            """{ "type": "float", "low": 0.001, "high": 0.0105, "step": 0.001 }""");

        var result = SpecText.Load(json);

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("TT1030", "$.space.learningRate.high"), (warning.Code, warning.Location!.JsonPath));
        Assert.Equal(new FloatParameter("learningRate", 0.001, 0.01, Step: 0.001), result.Spec!.Space.Parameters[0]);
    }

    [Fact]
    public void Parse_IntStepNotDividingRange_WarnsAndLowersHigh()
    {
        var json = SpecText.ValidWith(BatchSize, """{ "type": "int", "low": 32, "high": 250, "step": 32 }""");

        var result = SpecText.Load(json);

        Assert.Equal("TT1030", Assert.Single(result.Warnings).Code);
        Assert.Equal(new IntParameter("batchSize", 32, 224, 32), result.Spec!.Space.Parameters[1]);
    }

    [Fact]
    public void Parse_StepDividingRangeWithBinaryNoise_DoesNotWarn()
    {
        var json = SpecText.ValidWith(LearningRate, """{ "type": "float", "low": 0.1, "high": 0.7, "step": 0.1 }""");

        var result = SpecText.Load(json);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(7, result.Spec!.Space.Parameters[0].GridCount);
    }

    [Fact]
    public void Parse_GridOverSteppedSpace_RunsEveryPointOnceThenIsExhausted()
    {
        var steppedRate = """{ "type": "float", "low": 0.001, "high": 0.003, "step": 0.001 }""";
        var json = SpecText.ValidWith(LearningRate, steppedRate)
            .Replace(BatchSize, """{ "type": "int", "low": 32, "high": 64, "step": 32 }""", StringComparison.Ordinal)
            .Replace("\"strategy\": \"random\"", "\"strategy\": { \"type\": \"grid\" }", StringComparison.Ordinal);
        var spec = SpecText.Load(json).Spec!;
        var sampler = SamplerFactory.Create(spec.Strategy, spec.Seed);
        var history = new List<Trial>();

        for (var suggestion = sampler.Suggest(spec.Space, history);
             !suggestion.IsExhausted;
             suggestion = sampler.Suggest(spec.Space, history))
        {
            history.Add(new Trial
            {
                Number = history.Count,
                State = TrialState.Complete,
                Parameters = suggestion.Parameters!,
                Fingerprint = string.Empty,
            });
        }

        Assert.Equal(3 * 2 * 2, history.Select(trial => trial.Parameters).Distinct().Count());
        Assert.Equal(12, history.Count);
    }

    [Fact]
    public void Parse_CategoricalOfNumbers_NormalizesIntegersAndFloats()
    {
        var json = SpecText.ValidWith(BatchSize, """{ "type": "categorical", "choices": [32, 64.0, 128] }""");

        var spec = SpecText.Load(json).Spec!;

        var batchSize = Assert.IsType<CategoricalParameter>(spec.Space.Parameters[1]);
        Assert.Equal([32L, 64L, 128L], batchSize.Choices.Select(choice => choice.AsInt64()));
    }

    [Fact]
    public void Parse_GridOverAFloatRangeOfOnePointWithoutStep_IsAGridOfThatPoint()
    {
        var json = SpecText.ValidWith(LearningRate, """{ "type": "float", "low": 0.01, "high": 0.01, "log": true }""")
            .Replace("\"strategy\": \"random\"", "\"strategy\": \"grid\"", StringComparison.Ordinal);

        var result = SpecText.Load(json);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("0.01", Assert.Single(result.Spec!.Space.Parameters[0].GridValues()).CanonicalJson);
    }
}
