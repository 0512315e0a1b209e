using TrainTasks.Core.Samplers.Sobol;
using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Tests.Samplers.Sobol;

public sealed class UnitIntervalMapTests
{
    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.5, 0.3)]
    [InlineData(0.99, 0.5)]
    public void Map_SteppedFloat_TakesTheGridValueOfItsSixth(double unit, double expected)
    {
        var parameter = new FloatParameter("dropout", 0.0, 0.5, Step: 0.1);

        var value = UnitIntervalMap.Map(parameter, unit);

        Assert.Equal(expected, value.AsDouble());
    }

    [Fact]
    public void Map_LogInteger_RoundsTheLogUniformValueOverHalfWidenedBounds()
    {
        var parameter = new IntParameter("batchSize", 1, 100, Log: true);

        var value = UnitIntervalMap.Map(parameter, 0.5);

        // The geometric middle of [0.5, 100.5] is sqrt(50.25) = 7.09, which rounds to 7.
        Assert.Equal(7, value.AsInt64());
    }

    [Fact]
    public void Map_LogFloatWithStep_TakesTheNearestStep()
    {
        var parameter = new FloatParameter("weightDecay", 1e-6, 1e-2, Log: true, Step: 1e-6);

        var value = UnitIntervalMap.Map(parameter, 0.5);

        Assert.Equal(1e-4, value.AsDouble(), 15);
    }

    [Theory]
    [InlineData(0.0, 1e-3)]
    [InlineData(0.25, 1e-2)]
    [InlineData(0.75, 1.0)]
    public void Map_LogFloat_SpreadsEvenlyOverDecades(double unit, double expected)
    {
        var parameter = new FloatParameter("learningRate", 1e-3, 1e+1, Log: true);

        var value = UnitIntervalMap.Map(parameter, unit);

        Assert.Equal(expected, value.AsDouble(), 12);
    }

    [Fact]
    public void Map_CategoricalNearOne_TakesTheLastChoice()
    {
        var parameter = new CategoricalParameter(
            "activation",
            [ParameterValue.FromString("relu"), ParameterValue.FromString("tanh"), ParameterValue.Null]);

        var value = UnitIntervalMap.Map(parameter, Math.BitDecrement(1.0));

        Assert.True(value.IsNull);
    }
}
