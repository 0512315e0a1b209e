using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Tests.SearchSpaces;

public sealed class IntParameterTests
{
    [Theory]
    [InlineData(32, 256, 32, new long[] { 32, 64, 96, 128, 160, 192, 224, 256 })]
    [InlineData(1, 10, 4, new long[] { 1, 5, 9 })]
    [InlineData(-3, 3, 3, new long[] { -3, 0, 3 })]
    [InlineData(7, 7, 1, new long[] { 7 })]
    public void GridValues_Step_AreLowPlusMultiplesOfStep(long low, long high, long step, long[] expected)
    {
        var parameter = new IntParameter("n", low, high, step);

        var values = parameter.GridValues().Select(value => value.AsInt64()).ToArray();

        Assert.Equal(expected, values);
    }

    [Theory]
    [InlineData(5.0, true)]
    [InlineData(6.0, false)]
    [InlineData(5.5, false)]
    [InlineData(13.0, false)]
    public void Contains_StepOfFourFromOne_AcceptsOnlyIntegersOnTheStep(double value, bool expected)
    {
        var parameter = new IntParameter("n", 1, 10, 4);

        var contains = parameter.Contains(ParameterValue.FromDouble(value));

        Assert.Equal(expected, contains);
    }
}
