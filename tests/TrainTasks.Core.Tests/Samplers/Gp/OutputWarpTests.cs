using TrainTasks.Core.Samplers.Gp;

namespace TrainTasks.Core.Tests.Samplers.Gp;

public sealed class OutputWarpTests
{
    [Fact]
    public void Apply_OneValueFarAboveTheRest_TakesTheShiftedLog()
    {
        List<double> values = [3, 1, 4, 2, 1000];

        var warped = OutputWarp.Apply(values);

        // Minimum 1, median 3, so the shift is 2 and each value becomes log(y - 1 + 2) = log(y + 1).
        Assert.Equal(values.Select(value => Math.Log(value + 1)), warped, Close);
    }

    [Fact]
    public void Apply_EvenlySpreadValues_KeepsThem()
    {
        List<double> values = [5, 1, 4, 2, 3];

        var warped = OutputWarp.Apply(values);

        // Identity: -5/2 log 2 = -1.733. Log of y - 1 + 2: z = log 2 .. log 6, variance 0.1505 and
        // sum 6.579, so -5/2 log 0.1505 - 6.579 = -1.845, lower.
        Assert.Equal(values, warped);
    }

    [Fact]
    public void Apply_EvenCount_ShiftsByTheMeanOfTheMiddleTwo()
    {
        List<double> values = [0, 1, 3, 1e6];

        var warped = OutputWarp.Apply(values);

        // Median (1 + 3) / 2 = 2: log(y + 2).
        Assert.Equal(values.Select(value => Math.Log(value + 2)), warped, Close);
    }

    [Theory]
    [InlineData(new[] { 1.0, 5.0 })]
    [InlineData(new[] { 2.0, 2.0, 2.0, 9.0 })]
    public void Apply_TwoValuesOrHalfOfThemAtTheMinimum_KeepsThem(double[] values)
    {
        var warped = OutputWarp.Apply([.. values]);

        Assert.Equal(values, warped);
    }

    [Fact]
    public void Apply_RescaledValues_MakesTheSameChoice()
    {
        List<double> values = [3, 1, 4, 2, 1000];

        var warped = OutputWarp.Apply(values);
        var rescaled = OutputWarp.Apply([.. values.Select(value => value * 1000)]);

        // Both take the log (identity -29.9 against log -15.9 before rescaling), and the logs of
        // the rescaled values are the first ones plus log 1000.
        Assert.Equal(
            warped.Select(value => value + Math.Log(1000)),
            rescaled,
            (left, right) => Math.Abs(left - right) < 1e-9);
    }

    private static bool Close(double left, double right) => Math.Abs(left - right) < 1e-12;
}
