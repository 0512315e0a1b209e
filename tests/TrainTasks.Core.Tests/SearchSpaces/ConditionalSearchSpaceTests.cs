using System.Numerics;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;
using static TrainTasks.Core.Tests.SearchSpaces.ConditionalSpaces;

namespace TrainTasks.Core.Tests.SearchSpaces;

public sealed class ConditionalSearchSpaceTests
{
    [Fact]
    public void Cardinality_MomentumOnlyUnderSgd_CountsValidConfigurationsOnly()
    {
        var cardinality = Momentum.Cardinality;

        // sgd with each of 3 momenta, plus adam without one: 4, where the product would say 6.
        Assert.Equal(new BigInteger(4), cardinality);
    }

    [Fact]
    public void Cardinality_ChainOfThreeLevels_CountsByHand()
    {
        var cardinality = Chain.Cardinality;

        // mlp: [16] alone, [32] with 2 dropouts = 3; cnn: 2 channel lists = 2.
        Assert.Equal(new BigInteger(5), cardinality);
    }

    [Fact]
    public void Cardinality_SeveralParentValuesAndASecondRoot_CountsByHand()
    {
        var space = new SearchSpace([
            new CategoricalParameter("optimizer", [Text("sgd"), Text("adam"), Text("adagrad")]),
            new IntParameter("batchSize", 32, 64, 32),
            new FloatParameter("momentum", 0.5, 0.7, Step: 0.1)
            {
                When = new("optimizer", [Text("sgd"), Text("adagrad")]),
            },
        ]);

        var cardinality = space.Cardinality;

        // (sgd: 3 + adam: 1 + adagrad: 3) configurations of the optimizer, times 2 batch sizes.
        Assert.Equal(new BigInteger(14), cardinality);
    }

    [Fact]
    public void EnumerateGrid_Chain_GivesTheHandListedConfigurationsOnce()
    {
        var grid = Chain.EnumerateGrid().ToList();

        Assert.Equal(5, grid.Count);
        Assert.Equal(
            ChainConfigurations.Select(point => point.CanonicalJson).Order(StringComparer.Ordinal),
            grid.Select(point => point.CanonicalJson).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EnumerateGrid_Momentum_GivesFourValidConfigurations()
    {
        var grid = Momentum.EnumerateGrid().Select(point => point.CanonicalJson).ToList();

        Assert.Equal(
            [
                """{"momentum":0.5,"optimizer":"sgd"}""",
                """{"momentum":0.6,"optimizer":"sgd"}""",
                """{"momentum":0.7,"optimizer":"sgd"}""",
                """{"optimizer":"adam"}""",
            ],
            grid);
    }

    [Theory]
    [InlineData("""{ "optimizer": "sgd", "momentum": 0.6 }""", true)]
    [InlineData("""{ "optimizer": "adam" }""", true)]
    [InlineData("""{ "optimizer": "adam", "momentum": 0.6 }""", false)]
    [InlineData("""{ "optimizer": "sgd" }""", false)]
    [InlineData("""{ "optimizer": "sgd", "momentum": 0.65 }""", false)]
    [InlineData("""{ "optimizer": "adam", "epochs": 3 }""", true)]
    public void Contains_Momentum_AcceptsActiveValuesAndRejectsInactiveOnes(string json, bool expected)
    {
        var contains = Momentum.Contains(TrialParameters.FromJson(json));

        Assert.Equal(expected, contains);
    }

    [Fact]
    public void Restrict_InactiveValue_IsDropped()
    {
        var restricted = Momentum.Restrict(TrialParameters.FromJson("""{ "optimizer": "adam", "momentum": 0.6 }"""));

        Assert.Equal(TrialParameters.FromJson("""{ "optimizer": "adam" }"""), restricted);
    }

    [Fact]
    public void Restrict_TwoTrialsDifferingOnlyInAnInactiveValue_AreOneConfiguration()
    {
        var first = TrialParameters.FromJson("""{ "architecture": "cnn", "channels": [8, 16], "hidden": [16] }""");
        var second = TrialParameters.FromJson("""{ "architecture": "cnn", "channels": [8, 16], "hidden": [32] }""");

        Assert.Equal(Chain.Restrict(first), Chain.Restrict(second));
    }

    [Fact]
    public void IsActive_Grandchild_FollowsTheWholeChain()
    {
        var dropout = Chain.Parameters[0];

        Assert.False(Chain.IsActive(dropout, TrialParameters.Empty));
        Assert.False(Chain.IsActive(dropout, Json("mlp", "[16]")));
        Assert.True(Chain.IsActive(dropout, Json("mlp", "[32]")));
        Assert.False(Chain.IsActive(dropout, Json("cnn", "[32]")));
    }

    [Fact]
    public void ActiveParameters_Mlp_ListsTheRootAndItsChildInDeclaredOrder()
    {
        var active = Chain.ActiveParameters(TrialParameters.FromJson("""{ "architecture": "mlp", "hidden": [16] }"""));

        Assert.Equal(["hidden", "architecture"], active.Select(parameter => parameter.Name));
    }

    [Fact]
    public void InDependencyOrder_ChildrenDeclaredFirst_PutsEachParentFirst()
    {
        var order = Chain.InDependencyOrder.Select(parameter => parameter.Name);

        Assert.Equal(["architecture", "channels", "hidden", "dropout"], order);
    }

    [Fact]
    public void IsConditional_SpaceWithoutConditions_IsFalse()
    {
        var space = new SearchSpace([new IntParameter("epochs", 1, 3)]);

        Assert.False(space.IsConditional);
        Assert.True(Momentum.IsConditional);
    }

    [Fact]
    public void Cardinality_ParentMissing_ThrowsArgumentException()
    {
        var space = new SearchSpace([
            new FloatParameter("momentum", 0.5, 0.7, Step: 0.1) { When = new("optimizer", [Text("sgd")]) },
        ]);

        var exception = Assert.Throws<ArgumentException>(() => space.Cardinality);

        Assert.Contains("'momentum'", exception.Message);
    }

    [Fact]
    public void Cardinality_ConditionsInACycle_ThrowsArgumentException()
    {
        var space = new SearchSpace([
            new CategoricalParameter("optimizer", [Text("sgd")]) { When = new("schedule", [Text("cosine")]) },
            new CategoricalParameter("schedule", [Text("cosine")]) { When = new("optimizer", [Text("sgd")]) },
        ]);

        var exception = Assert.Throws<ArgumentException>(() => space.Cardinality);

        Assert.Contains("cycle", exception.Message);
    }

    [Fact]
    public void Equals_SameConditionInAnotherOrder_IsEqual()
    {
        var first = new ParameterCondition("optimizer", [Text("sgd"), Text("adam")]);
        var second = new ParameterCondition("optimizer", [Text("adam"), Text("sgd")]);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    private static TrialParameters Json(string architecture, string hidden) =>
        TrialParameters.FromJson($$"""{ "architecture": "{{architecture}}", "hidden": {{hidden}} }""");
}
