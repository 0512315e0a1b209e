using System.Text.Json.Nodes;
using TrainTasks.Core.Specs;

namespace TrainTasks.Core.Tests.Specs;

public sealed class SweepSpecSchemaTests
{
    private static readonly JsonObject s_schema = JsonNode.Parse(SweepSpecSchema.Read())!.AsObject();

    [Fact]
    public void Read_Embedded_IsDraft202012()
    {
        var dialect = s_schema["$schema"]!.GetValue<string>();

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", dialect);
    }

    [Fact]
    public void Properties_TopLevel_MatchTheLoaderKeys()
    {
        var keys = s_schema["properties"]!.AsObject().Select(pair => pair.Key);

        Assert.Equal(SweepSpecLoader.TopLevelKeys.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("model")]
    [InlineData("training")]
    public void Properties_Section_MatchTheCatalog(string section)
    {
        var keys = s_schema["properties"]![section]!["properties"]!.AsObject().Select(pair => pair.Key);

        Assert.Equal(BuiltInParameters.InSection(section).Select(parameter => parameter.Name), keys);
    }

    [Fact]
    public void Properties_Space_NameEveryCatalogParameter()
    {
        var keys = s_schema["properties"]!["space"]!["properties"]!.AsObject().Select(pair => pair.Key);

        Assert.Equal(BuiltInParameters.All.Select(parameter => parameter.Name), keys);
    }

    [Fact]
    public void Defaults_OfSections_MatchTheCatalog()
    {
        var defaults = new[] { "model", "training" }
            .SelectMany(section => s_schema["properties"]![section]!["properties"]!.AsObject())
            .Select(pair => (pair.Key, Core.Fingerprints.CanonicalJson.Write(pair.Value!["default"])));

        Assert.Equal(
            BuiltInParameters.All.Select(parameter => (parameter.Name, parameter.Default.CanonicalJson)),
            defaults);
    }

    [Theory]
    [InlineData("floatRange")]
    [InlineData("intRange")]
    [InlineData("categorical")]
    public void Definitions_SpaceEntry_AllowOneWhenParent(string definition)
    {
        var when = s_schema["$defs"]![definition]!["properties"]!["when"]!["$ref"]!.GetValue<string>();
        var target = s_schema["$defs"]!["when"]!;

        Assert.Equal("#/$defs/when", when);
        Assert.Equal((1, 1), (target["minProperties"]!.GetValue<int>(), target["maxProperties"]!.GetValue<int>()));
    }
}
