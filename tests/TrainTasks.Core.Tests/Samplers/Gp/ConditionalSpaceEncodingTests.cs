using TrainTasks.Core.Samplers.Gp;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;
using static TrainTasks.Core.Tests.SearchSpaces.ConditionalSpaces;

namespace TrainTasks.Core.Tests.Samplers.Gp;

public sealed class ConditionalSpaceEncodingTests
{
    // Coordinates: optimizer (3, one-hot), learningRate (1), momentum (1), batchSize (1).
    private static readonly SpaceEncoding s_encoding = new(Mixed);

    [Fact]
    public void Encode_AdamWithoutMomentum_TakesTheFixedInactiveCoordinate()
    {
        var point = s_encoding.Encode(
            TrialParameters.FromJson("""{ "optimizer": "adam", "learningRate": 0.001, "batchSize": 64 }"""));

        // learningRate 1e-3 lies at 1/3 of [1e-4, 1e-1] in the log; batchSize 64 at log(4)/log(16) = 1/2.
        Assert.Equal([0, 1, 0, 1.0 / 3, SpaceEncoding.InactiveCoordinate, 0.5], point, Close);
    }

    [Fact]
    public void Encode_ConfigurationsDifferingOnlyInInactiveValues_AreOnePoint()
    {
        var first = Mixed.Restrict(TrialParameters.FromJson(
            """{ "optimizer": "sgd", "learningRate": 0.01, "momentum": 0.9, "batchSize": 16 }"""));
        var second = Mixed.Restrict(TrialParameters.FromJson(
            """{ "optimizer": "sgd", "learningRate": 0.01, "momentum": 0.9, "batchSize": 256 }"""));

        Assert.Equal(s_encoding.Encode(first), s_encoding.Encode(second));
    }

    [Fact]
    public void Snap_PointChoosingSgd_ResetsTheBatchSizeToItsInactiveCoordinate()
    {
        double[] point = [0.9, 0.2, 0.1, 0.4, 0.75, 0.93];

        s_encoding.Snap(point);

        Assert.Equal([1, 0, 0, 0.4, 0.75, SpaceEncoding.InactiveCoordinate], point, Close);
    }

    [Fact]
    public void Decode_PointChoosingAdam_LeavesMomentumOut()
    {
        double[] point = [0.1, 0.8, 0.3, 0, 0.75, 0];

        var parameters = s_encoding.Decode(point);

        Assert.Equal(["batchSize", "learningRate", "optimizer"], parameters.Keys);
        Assert.Equal(("\"adam\"", 16L), (parameters["optimizer"].CanonicalJson, parameters["batchSize"].AsInt64()));
        Assert.Equal(1e-4, parameters["learningRate"].AsDouble(), 1e-12);
    }

    [Fact]
    public void Encode_InactiveCategoricalChild_IsAllZeros()
    {
        var encoding = new SpaceEncoding(Chain);

        var point = encoding.Encode(TrialParameters.FromJson("""{ "architecture": "cnn", "channels": [16, 32] }"""));

        // Blocks in declared order: dropout (2), channels (2), hidden (2), architecture (2).
        Assert.Equal([0, 0, 0, 1, 0, 0, 0, 1], point, Close);
    }

    private static bool Close(double left, double right) => Math.Abs(left - right) < 1e-12;
}
