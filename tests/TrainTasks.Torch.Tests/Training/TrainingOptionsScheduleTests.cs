using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;
using TrainTasks.Torch.Training;

namespace TrainTasks.Torch.Tests.Training;

public sealed class TrainingOptionsScheduleTests
{
    [Theory]
    [InlineData(1, 0.01)]
    [InlineData(3, 0.005)]
    [InlineData(4, 0.01 * (1 + -0.7071067811865476) / 2)]
    public void LearningRateAt_Cosine_FollowsTheHalfCosine(int epoch, double expected)
    {
        var options = Options("cosine");

        Assert.Equal(expected, options.LearningRateAt(epoch), precision: 12);
    }

    [Fact]
    public void LearningRateAt_Constant_IsTheLearningRateEveryEpoch()
    {
        var options = Options("constant");

        Assert.All(Enumerable.Range(1, 4), epoch => Assert.Equal(0.01, options.LearningRateAt(epoch)));
    }

    private static TrainingOptions Options(string schedule) => TrainingOptions.From(new TrialParameters(
        new Dictionary<string, ParameterValue>
        {
            ["learningRate"] = ParameterValue.FromDouble(0.01),
            ["epochs"] = ParameterValue.FromInt64(4),
            ["schedule"] = ParameterValue.FromString(schedule),
        }));
}
