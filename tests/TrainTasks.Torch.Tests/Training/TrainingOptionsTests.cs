using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Trials;
using TrainTasks.Torch.Training;

namespace TrainTasks.Torch.Tests.Training;

public sealed class TrainingOptionsTests
{
    [Fact]
    public void From_NoParameters_GivesDefaults()
    {
        var options = TrainingOptions.From(TrialParameters.Empty);

        Assert.Equal("mlp", options.Model.Architecture);
        Assert.Equal([128], options.Model.Hidden);
        Assert.Equal([16, 32], options.Model.Channels);
        Assert.Equal("adam", options.Optimizer);
        Assert.Equal(1e-3, options.LearningRate);
        Assert.Equal(64, options.BatchSize);
        Assert.Equal(5, options.Epochs);
    }

    [Fact]
    public void From_AllNamesSet_ReadsEach()
    {
        var json = """
            {"architecture":"cnn","hidden":[64,32],"activation":"gelu","dropout":0.25,"channels":[8,16],
             "optimizer":"sgd","learningRate":0.05,"momentum":0.9,"weightDecay":0.0001,"l1":1e-05,
             "batchSize":32,"epochs":3,"l2":0.5,"l2.1":0.25,"unrelated":"ignored"}
            """;

        var options = TrainingOptions.From(TrialParameters.FromJson(json));

        Assert.Equal(
            new TrainingOptions(options.Model, "sgd", 0.05, 0.9, 0.0001, 1e-05, 32, 3, L2: 0.5)
            {
                LayerL2 = new Dictionary<int, double> { [1] = 0.25 },
            },
            options);
        Assert.Equal((0.5, 0.75), (options.L2Of(0), options.L2Of(1)));
        Assert.Equal(
            ("cnn", "gelu", 0.25),
            (options.Model.Architecture, options.Model.Activation, options.Model.Dropout));
        Assert.Equal([64, 32], options.Model.Hidden);
        Assert.Equal([8, 16], options.Model.Channels);
    }

    [Theory]
    [InlineData("""{"architecture":"rnn"}""", "architecture")]
    [InlineData("""{"activation":1}""", "activation")]
    [InlineData("""{"dropout":1}""", "dropout")]
    [InlineData("""{"learningRate":0}""", "learningRate")]
    [InlineData("""{"momentum":-0.1}""", "momentum")]
    [InlineData("""{"batchSize":2.5}""", "batchSize")]
    [InlineData("""{"epochs":0}""", "epochs")]
    [InlineData("""{"hidden":[16,0]}""", "hidden")]
    [InlineData("""{"hidden":"wide"}""", "hidden")]
    [InlineData("""{"channels":[8]}""", "channels")]
    public void From_BadValue_ThrowsTT4040NamingParameter(string json, string name)
    {
        var parameters = TrialParameters.FromJson(json);

        var error = Assert.Throws<TrainTasksException>(() => TrainingOptions.From(parameters));

        Assert.Equal("TT4040", error.Diagnostic.Code);
        Assert.StartsWith($"parameter '{name}' is ", error.Diagnostic.Message);
    }
}
