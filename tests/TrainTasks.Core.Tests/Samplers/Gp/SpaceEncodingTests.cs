using TrainTasks.Core.Samplers.Gp;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Samplers.Gp;

public sealed class SpaceEncodingTests
{
    private static readonly SearchSpace s_space = new([
        new FloatParameter("learningRate", 1e-4, 1e-2, Log: true),
        new IntParameter("units", 10, 50, Step: 10),
        new CategoricalParameter("activation", [ParameterValue.FromString("relu"), ParameterValue.Null]),
    ]);

    [Fact]
    public void Dimensions_MixedSpace_CountsOneHotCoordinates()
    {
        var encoding = new SpaceEncoding(s_space);

        var dimensions = encoding.Dimensions;

        Assert.Equal(4, dimensions);
    }

    [Fact]
    public void Encode_LogParameterAtGeometricMean_IsHalfway()
    {
        var encoding = new SpaceEncoding(s_space);

        var point = encoding.Encode(Parameters(1e-3, units: 30, ParameterValue.Null));

        Assert.Equal([0.5, 0.5, 0, 1], point, (left, right) => Math.Abs(left - right) < 1e-12);
    }

    [Fact]
    public void Decode_CornerOfTheCube_GivesTheExactBounds()
    {
        var space = new SearchSpace([
            new FloatParameter("learningRate", 5e-4, 1e-2, Log: true),
            new FloatParameter("weightDecay", 1e-6, 1e-3, Log: true),
        ]);
        var encoding = new SpaceEncoding(space);

        var low = encoding.Decode([0, 0]);
        var high = encoding.Decode([1, 1]);

        // exp(log(b)) is not b for these bounds, so a decoded bound must not go through it.
        Assert.NotEqual(5e-4, Math.Exp(Math.Log(5e-4)));
        Assert.Equal(5e-4, low["learningRate"].AsDouble());
        Assert.Equal(1e-6, low["weightDecay"].AsDouble());
        Assert.Equal(1e-2, high["learningRate"].AsDouble());
        Assert.Equal(1e-3, high["weightDecay"].AsDouble());
    }

    [Fact]
    public void Decode_EncodedConfiguration_GivesItBack()
    {
        var encoding = new SpaceEncoding(s_space);
        var parameters = Parameters(2.5e-4, units: 40, ParameterValue.FromString("relu"));

        var decoded = encoding.Decode(encoding.Encode(parameters));

        Assert.Equal(parameters["units"], decoded["units"]);
        Assert.Equal(parameters["activation"], decoded["activation"]);
        Assert.Equal(2.5e-4, decoded["learningRate"].AsDouble(), 1e-15);
    }

    [Fact]
    public void Snap_BetweenSteps_MovesToNearestStepAndLargestChoice()
    {
        var encoding = new SpaceEncoding(s_space);
        double[] point = [1.3, 0.3, 0.2, 0.6];

        encoding.Snap(point);

        // Units coordinate 0.3 is 22 on [10, 50], nearest step 20, which encodes to 0.25.
        Assert.Equal([1, 0.25, 0, 1], point, (left, right) => Math.Abs(left - right) < 1e-12);
    }

    private static TrialParameters Parameters(double learningRate, long units, ParameterValue activation) =>
        new([
            new("learningRate", ParameterValue.FromDouble(learningRate)),
            new("units", ParameterValue.FromInt64(units)),
            new("activation", activation),
        ]);
}
