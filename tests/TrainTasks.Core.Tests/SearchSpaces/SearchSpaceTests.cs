using System.Numerics;
using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Tests.SearchSpaces;

public sealed class SearchSpaceTests
{
    [Fact]
    public void Cardinality_AllFinite_IsTheProductOfCounts()
    {
        var space = new SearchSpace([
            new FloatParameter("dropout", 0.0, 0.5, Step: 0.1),
            new IntParameter("batchSize", 32, 256, 32),
            new CategoricalParameter(
                "optimizer",
                [ParameterValue.FromString("sgd"), ParameterValue.FromString("adam")]),
        ]);

        var cardinality = space.Cardinality;

        Assert.Equal(new BigInteger(6 * 8 * 2), cardinality);
    }

    [Fact]
    public void Cardinality_ContinuousFloat_IsNull()
    {
        var space = new SearchSpace([
            new IntParameter("epochs", 1, 3),
            new FloatParameter("learningRate", 1e-4, 1e-2, Log: true),
        ]);

        var cardinality = space.Cardinality;

        Assert.Null(cardinality);
    }

    [Fact]
    public void Cardinality_HugeGrid_DoesNotOverflow()
    {
        var parameters = Enumerable.Range(0, 5)
            .Select(index => (ParameterDefinition)new IntParameter($"p{index}", 0, 999_999))
            .ToList();
        var space = new SearchSpace(parameters);

        var cardinality = space.Cardinality;

        Assert.Equal(BigInteger.Pow(1_000_000, 5), cardinality);
    }

    [Fact]
    public void EnumerateGrid_TwoParameters_LastVariesFastest()
    {
        var space = new SearchSpace([
            new IntParameter("a", 1, 2),
            new CategoricalParameter(
                "b",
                [ParameterValue.FromString("x"), ParameterValue.Null, ParameterValue.Parse("[1]")]),
        ]);

        var points = space.EnumerateGrid().Select(point => point.CanonicalJson).ToArray();

        Assert.Equal(
            [
                """{"a":1,"b":"x"}""", """{"a":1,"b":null}""", """{"a":1,"b":[1]}""",
                """{"a":2,"b":"x"}""", """{"a":2,"b":null}""", """{"a":2,"b":[1]}""",
            ],
            points);
    }
}
