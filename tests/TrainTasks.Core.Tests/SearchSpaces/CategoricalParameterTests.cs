using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Tests.SearchSpaces;

public sealed class CategoricalParameterTests
{
    private static readonly CategoricalParameter s_hidden = new(
        "hidden",
        [ParameterValue.Parse("[128]"), ParameterValue.Parse("[256, 128]"), ParameterValue.Null]);

    [Fact]
    public void GridValues_Always_AreTheChoicesInDeclaredOrder()
    {
        var values = s_hidden.GridValues().Select(value => value.CanonicalJson).ToArray();

        Assert.Equal(["[128]", "[256,128]", "null"], values);
    }

    [Theory]
    [InlineData("[256,128]", true)]
    [InlineData("[256.0, 128]", true)]
    [InlineData("null", true)]
    [InlineData("[128, 256]", false)]
    [InlineData("128", false)]
    public void Contains_JsonValue_MatchesCanonically(string json, bool expected)
    {
        var contains = s_hidden.Contains(ParameterValue.Parse(json));

        Assert.Equal(expected, contains);
    }
}
