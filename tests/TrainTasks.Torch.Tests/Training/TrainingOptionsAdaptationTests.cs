using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Trials;
using TrainTasks.Torch.Training;

namespace TrainTasks.Torch.Tests.Training;

public sealed class TrainingOptionsAdaptationTests
{
    [Fact]
    public void From_NoAdaptationGiven_KeepsTheRateWithDefaultBeta()
    {
        var options = TrainingOptions.From(TrialParameters.Empty);

        Assert.Equal(("none", 0.05), (options.LearningRateAdaptation, options.HypergradientRate));
    }

    [Fact]
    public void From_HypergradientGiven_ReadsBoth()
    {
        var json = """{"learningRateAdaptation":"hypergradient","hypergradientRate":0.005}""";

        var options = TrainingOptions.From(TrialParameters.FromJson(json));

        Assert.Equal(("hypergradient", 0.005), (options.LearningRateAdaptation, options.HypergradientRate));
    }

    [Theory]
    [InlineData("""{"learningRateAdaptation":"adaptive"}""", "learningRateAdaptation")]
    [InlineData("""{"hypergradientRate":1}""", "hypergradientRate")]
    [InlineData("""{"hypergradientRate":-0.01}""", "hypergradientRate")]
    [InlineData("""{"hypergradientRate":"fast"}""", "hypergradientRate")]
    public void From_BadValue_ThrowsTT4040NamingParameter(string json, string name)
    {
        var parameters = TrialParameters.FromJson(json);

        var error = Assert.Throws<TrainTasksException>(() => TrainingOptions.From(parameters));

        Assert.Equal("TT4040", error.Diagnostic.Code);
        Assert.Contains($"'{name}'", error.Diagnostic.Message);
    }
}
