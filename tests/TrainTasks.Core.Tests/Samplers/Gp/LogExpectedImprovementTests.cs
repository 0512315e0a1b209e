using MathNet.Numerics.Distributions;
using TrainTasks.Core.Samplers.Gp;

namespace TrainTasks.Core.Tests.Samplers.Gp;

public sealed class LogExpectedImprovementTests
{
    [Theory]
    [InlineData(-5.0)]
    [InlineData(-2.5)]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    [InlineData(0.7)]
    [InlineData(3.0)]
    [InlineData(5.0)]
    public void LogH_StableRange_EqualsLogOfDirectFormula(double z)
    {
        var direct = (z * Normal.CDF(0, 1, z)) + Normal.PDF(0, 1, z);

        var logH = LogExpectedImprovement.LogH(z);

        Assert.Equal(Math.Log(direct), logH, 1e-9);
    }

    [Fact]
    public void Of_MeanAndSpread_EqualsLogOfDirectExpectedImprovement()
    {
        // Mean 0.4, sd 0.5, incumbent -0.1: z = -1.
        var direct = 0.5 * ((-1 * Normal.CDF(0, 1, -1)) + Normal.PDF(0, 1, -1));

        var logEi = LogExpectedImprovement.Of(mean: 0.4, standardDeviation: 0.5, best: -0.1);

        Assert.Equal(Math.Log(direct), logEi, 1e-9);
    }

    [Fact]
    public void LogH_DownToMinusForty_IsFiniteAndIncreasing()
    {
        var values = Enumerable.Range(0, 801)
            .Select(step => LogExpectedImprovement.LogH(-40 + (step * 0.05)))
            .ToList();

        Assert.All(values, value => Assert.True(double.IsFinite(value)));
        Assert.All(values.Zip(values.Skip(1)), pair => Assert.True(pair.Second > pair.First));
    }

    [Fact]
    public void LogH_AcrossTheSwitch_IsContinuous()
    {
        var below = LogExpectedImprovement.LogH(LogExpectedImprovement.AsymptoticBelow - 1e-9);

        var above = LogExpectedImprovement.LogH(LogExpectedImprovement.AsymptoticBelow);

        Assert.Equal(above, below, 1e-5);
    }

    [Fact]
    public void LogH_VeryNegative_FollowsLeadingTerm()
    {
        // log h(z) → −z²/2 − ½ log 2π − 2 log|z| as z → −∞;
        // at −40 the correction is log(1 − 3/1600 …).
        var leading = (-800) - (0.5 * Math.Log(2 * Math.PI)) - (2 * Math.Log(40));

        var logH = LogExpectedImprovement.LogH(-40);

        Assert.Equal(leading + Math.Log(1 - (3.0 / 1600)), logH, 1e-5);
    }
}
