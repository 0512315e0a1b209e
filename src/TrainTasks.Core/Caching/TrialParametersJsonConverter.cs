using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Caching;

/// <summary>Reads and writes <see cref="TrialParameters"/> as its canonical JSON object.</summary>
internal sealed class TrialParametersJsonConverter : JsonConverter<TrialParameters>
{
    public override TrialParameters Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var node = JsonNode.Parse(ref reader) as JsonObject
            ?? throw new JsonException("Expected a JSON object of parameters.");
        return TrialParameters.FromJson(node.ToJsonString());
    }

    public override void Write(Utf8JsonWriter writer, TrialParameters value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.CanonicalJson);
}
