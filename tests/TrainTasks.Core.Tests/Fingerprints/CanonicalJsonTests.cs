using System.Text.Json.Nodes;
using TrainTasks.Core.Fingerprints;

namespace TrainTasks.Core.Tests.Fingerprints;

public sealed class CanonicalJsonTests
{
    [Theory]
    [InlineData("""{ "b": 1, "a": { "d": [3, 1, 2], "c": true } }""", """{"a":{"c":true,"d":[3,1,2]},"b":1}""")]
    [InlineData("""[{"y":null,"x":false},[],{}]""", """[{"x":false,"y":null},[],{}]""")]
    [InlineData("""{"B":1,"a":2,"_":3}""", """{"B":1,"_":3,"a":2}""")]
    public void Write_NestedObjectsAndArrays_SortsKeysAtEveryLevelAndKeepsArrayOrder(string json, string expected)
    {
        var text = CanonicalJson.Write(JsonNode.Parse(json));

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("0.10", "0.1")]
    [InlineData("1e-06", "1E-06")]
    [InlineData("0.000001", "1E-06")]
    [InlineData("1.0", "1")]
    [InlineData("-0.0", "0")]
    [InlineData("9007199254740991", "9007199254740991")]
    [InlineData("-9007199254740991", "-9007199254740991")]
    [InlineData("1e20", "1E+20")]
    [InlineData("100000000000000000000", "1E+20")]
    [InlineData("2.5e-3", "0.0025")]
    public void Write_Number_UsesItsValueNotItsSpelling(string json, string expected)
    {
        var text = CanonicalJson.Write(JsonNode.Parse(json));

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("\"tab\\there\"")]
    [InlineData("\"\\u0074ab\\u0009here\"")]
    public void Write_StringsWithEscapes_SameTextGivesSameOutput(string json)
    {
        var text = CanonicalJson.Write(JsonNode.Parse(json));

        Assert.Equal("\"tab\\there\"", text);
    }

    [Fact]
    public void Write_StringWithQuotesBackslashAndNonAscii_RoundTripsToTheSameString()
    {
        const string value = "say \"hi\"\\ caf\u00e9 \u2603 \n<end>";

        var text = CanonicalJson.Write(JsonValue.Create(value));

        Assert.Equal(value, JsonNode.Parse(text)!.GetValue<string>());
        Assert.DoesNotContain('\n', text);
        Assert.Equal(text, CanonicalJson.Write(JsonNode.Parse(text)));
    }

    [Fact]
    public void Write_Null_WritesNull()
    {
        var text = CanonicalJson.Write((JsonNode?)null);

        Assert.Equal("null", text);
    }

    [Fact]
    public void FormatNumber_NaN_Throws()
    {
        var act = () => CanonicalJson.FormatNumber(double.NaN);

        Assert.Throws<ArgumentOutOfRangeException>("value", act);
    }
}
