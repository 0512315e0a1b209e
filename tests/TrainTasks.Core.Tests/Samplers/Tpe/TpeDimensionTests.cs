using TrainTasks.Core.Samplers.Tpe;
using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Tests.Samplers.Tpe;

public sealed class TpeDimensionTests
{
    [Fact]
    public void Of_Int_ExtendsHalfAStepBeyondEachEnd()
    {
        var dimension = TpeDimension.Of(new IntParameter("layers", 1, 10));

        Assert.Equal(0.5, dimension.Low);
        Assert.Equal(10.5, dimension.High);
    }

    [Fact]
    public void Of_LogFloat_BoundsAreLogarithms()
    {
        var dimension = TpeDimension.Of(new FloatParameter("learningRate", 1e-4, 1e-1, Log: true));

        Assert.Equal(Math.Log(1e-4), dimension.Low, 12);
        Assert.Equal(Math.Log(1e-1), dimension.High, 12);
        Assert.Equal(Math.Log(1e-3), dimension.ToScale(ParameterValue.FromDouble(1e-3)), 12);
    }

    [Fact]
    public void FromScale_LogFloatAtOrPastItsBounds_GivesTheExactBounds()
    {
        var dimension = TpeDimension.Of(new FloatParameter("learningRate", 5e-4, 1e-2, Log: true));

        Assert.NotEqual(5e-4, Math.Exp(dimension.Low));
        Assert.Equal(5e-4, dimension.FromScale(dimension.Low).AsDouble());
        Assert.Equal(5e-4, dimension.FromScale(dimension.Low - 1).AsDouble());
        Assert.Equal(1e-2, dimension.FromScale(dimension.High + 1).AsDouble());
    }

    [Fact]
    public void Of_LogInt_HalfStepsAreTakenBeforeTheLogarithm()
    {
        var dimension = TpeDimension.Of(new IntParameter("batchSize", 1, 100, Log: true));

        Assert.Equal(Math.Log(0.5), dimension.Low, 12);
        Assert.Equal(Math.Log(100.5), dimension.High, 12);
    }

    [Theory]
    [InlineData(3.4, 3)]
    [InlineData(3.6, 4)]
    [InlineData(0.5, 1)]
    [InlineData(10.49, 10)]
    [InlineData(42.0, 10)]
    public void FromScale_Int_RoundsToTheGridInsideTheBounds(double point, long expected)
    {
        var dimension = TpeDimension.Of(new IntParameter("layers", 1, 10));

        var value = dimension.FromScale(point);

        Assert.Equal(expected, value.AsInt64());
    }

    [Theory]
    [InlineData(0.3, 0.25)]
    [InlineData(-0.1, 0.0)]
    [InlineData(1.1, 1.0)]
    public void FromScale_FloatWithStep_RoundsToTheStep(double point, double expected)
    {
        var dimension = TpeDimension.Of(new FloatParameter("dropout", 0, 1, Step: 0.25));

        var value = dimension.FromScale(point);

        Assert.Equal(expected, value.AsDouble());
    }

    [Fact]
    public void FromScale_Categorical_ReturnsTheChoiceAtTheIndex()
    {
        var choices = new[] { ParameterValue.FromString("relu"), ParameterValue.Null, ParameterValue.Parse("[1,2]") };
        var dimension = TpeDimension.Of(new CategoricalParameter("activation", choices));

        var value = dimension.FromScale(2);

        Assert.Equal(choices[2], value);
        Assert.Equal(1, dimension.ToScale(ParameterValue.Null));
    }
}
