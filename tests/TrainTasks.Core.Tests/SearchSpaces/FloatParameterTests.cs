using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Tests.SearchSpaces;

public sealed class FloatParameterTests
{
    [Theory]
    [InlineData(0.0, 0.5, 0.1, 6)]
    [InlineData(0.0, 1.0, 0.1, 11)]
    [InlineData(0.1, 1.0, 0.1, 10)]
    [InlineData(0.0, 0.3, 0.1, 4)]
    [InlineData(0.0, 0.7, 0.1, 8)]
    [InlineData(1e-3, 1e-2, 1e-3, 10)]
    [InlineData(-1.0, 1.0, 0.25, 9)]
    [InlineData(0.5, 0.5, 0.1, 1)]
    public void GridValues_StepDividesRange_HasEveryPointFromLowToHighWithoutDrift(
        double low, double high, double step, int expectedCount)
    {
        var parameter = new FloatParameter("x", low, high, Step: step);

        var values = parameter.GridValues().Select(value => value.AsDouble()).ToArray();

        Assert.Equal(expectedCount, values.Length);
        Assert.Equal(low, values[0]);
        Assert.Equal(high, values[^1]);
        for (var k = 0; k < values.Length; k++)
        {
            var expected = decimal.Round((decimal)low + (k * (decimal)step), 12);
            Assert.Equal((double)expected, values[k]);
        }
    }

    [Fact]
    public void GridValues_StepOfOneTenthUpToOne_AreTheDecimalTenths()
    {
        var parameter = new FloatParameter("x", 0.0, 1.0, Step: 0.1);

        var texts = parameter.GridValues().Select(value => value.CanonicalJson).ToArray();

        Assert.Equal(["0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1"], texts);
    }

    [Fact]
    public void GridValues_StepDoesNotDivideRange_LastPointIsBelowHigh()
    {
        var parameter = new FloatParameter("x", 0.0, 1.0, Step: 0.3);

        var values = parameter.GridValues().Select(value => value.AsDouble()).ToArray();

        Assert.Equal([0.0, 0.3, 0.6, 0.9], values);
    }

    [Fact]
    public void IsFinite_NoStep_IsFalseAndHasNoGrid()
    {
        var parameter = new FloatParameter("x", 1e-4, 1e-2, Log: true);

        var finite = parameter.IsFinite;

        Assert.False(finite);
        Assert.Throws<InvalidOperationException>(() => parameter.GridCount);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void GridValues_EqualBoundsWithoutStep_AreTheOnePoint(bool log)
    {
        var parameter = new FloatParameter("x", 0.01, 0.01, Log: log);

        var values = parameter.GridValues();

        Assert.True(parameter.IsFinite);
        Assert.Equal(1, parameter.GridCount);
        Assert.Equal("0.01", Assert.Single(values).CanonicalJson);
    }

    [Theory]
    [InlineData(0.01, true)]
    [InlineData(0.010000000000000002, false)]
    [InlineData(0.009999999999999998, false)]
    public void Contains_EqualBounds_AcceptsOnlyThePoint(double value, bool expected)
    {
        var parameter = new FloatParameter("x", 0.01, 0.01, Log: true);

        var contains = parameter.Contains(ParameterValue.FromDouble(value));

        Assert.Equal(expected, contains);
    }

    [Theory]
    [InlineData(0.3, true)]
    [InlineData(0.30000000000000004, true)]
    [InlineData(0.35, false)]
    [InlineData(0.6, false)]
    [InlineData(-0.1, false)]
    public void Contains_Stepped_AcceptsOnlyPointsOnTheStep(double value, bool expected)
    {
        var parameter = new FloatParameter("x", 0.0, 0.5, Step: 0.1);

        var contains = parameter.Contains(ParameterValue.FromDouble(value));

        Assert.Equal(expected, contains);
    }

    [Fact]
    public void Contains_NotANumber_IsFalse()
    {
        var parameter = new FloatParameter("x", 0.0, 1.0);

        var contains = parameter.Contains(ParameterValue.FromString("0.5"));

        Assert.False(contains);
    }
}
