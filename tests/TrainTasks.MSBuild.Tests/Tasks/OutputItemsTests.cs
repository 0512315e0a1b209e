using TrainTasks.MSBuild.Tasks;

namespace TrainTasks.MSBuild.Tests.Tasks;

public sealed class OutputItemsTests
{
    [Theory]
    [InlineData("learningRate", "learningRate")]
    [InlineData("model.hidden", "model_hidden")]
    [InlineData("drop-out_2", "drop_out_2")]
    public void ToMetadataName_ParameterName_KeepsOnlyLettersDigitsAndUnderscore(string name, string expected)
    {
        var metadataName = OutputItems.ToMetadataName(name);

        Assert.Equal(expected, metadataName);
    }
}
