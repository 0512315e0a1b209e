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
        var keys = s_schema["properties"]![section]!["properties"]!.AsObject().Select(pair => pair.Key)
            .Where(key => key != "hypergradient");

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
            .Where(pair => pair.Key != "hypergradient")
            .Select(pair => (pair.Key, Core.Fingerprints.CanonicalJson.Write(pair.Value!["default"])));

        Assert.Equal(
            BuiltInParameters.All.Select(parameter => (parameter.Name, parameter.Default.CanonicalJson)),
            defaults);
    }

    [Fact]
    public void StrategyName_Enum_ListsEveryCatalogStrategy()
    {
        var names = s_schema["$defs"]!["strategyName"]!["enum"]!.AsArray().Select(name => name!.GetValue<string>());

        Assert.Equal(StrategyCatalog.Names, names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void StrategyObject_Properties_NameEveryCatalogOptionWithItsType()
    {
        var properties = s_schema["properties"]!["strategy"]!["oneOf"]![1]!["properties"]!.AsObject();
        var options = StrategyCatalog.Options.Values.SelectMany(list => list)
            .DistinctBy(option => option.Name)
            .ToDictionary(option => option.Name, option => option.Kind);

        Assert.Equal(
            options.Keys.Append("type").Order(StringComparer.Ordinal),
            properties.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        Assert.All(options, option => Assert.Equal(
            option.Value switch
            {
                BuiltInParameterKind.Int => "integer",
                BuiltInParameterKind.Float => "number",
                _ => "boolean",
            },
            properties[option.Key]!["type"]!.GetValue<string>()));
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
