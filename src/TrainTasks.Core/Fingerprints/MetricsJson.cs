using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrainTasks.Core.Fingerprints;

/// <summary>
/// The JSON settings shared by storage and the cache for metrics: camelCase names, and NaN and
/// infinities written as the strings <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c> so a
/// failed trial's metrics survive the round trip. Doubles are written in their shortest
/// round-trip form, so they read back bit for bit.
/// </summary>
public static class MetricsJson
{
    /// <summary>The shared serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = false,
    };

    /// <summary>Writes metrics as a JSON object with keys in ordinal order.</summary>
    public static string Write(IReadOnlyDictionary<string, double> metrics) =>
        JsonSerializer.Serialize(
            new SortedDictionary<string, double>(metrics.ToDictionary(), StringComparer.Ordinal),
            Options);

    /// <summary>Reads metrics written by <see cref="Write"/>.</summary>
    public static IReadOnlyDictionary<string, double> Read(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, double>>(json, Options)
            ?? throw new JsonException("Expected a JSON object of metrics; got null.");
}
