using System.Collections;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Trials;

/// <summary>
/// The parameters of one trial, by name, in ordinal order of their names. Immutable; two sets
/// are equal when their canonical JSON is, so key order and number spelling do not matter.
/// </summary>
public sealed class TrialParameters : IReadOnlyDictionary<string, ParameterValue>, IEquatable<TrialParameters>
{
    private readonly SortedDictionary<string, ParameterValue> _values;

    /// <summary>Makes a parameter set from name and value pairs.</summary>
    /// <exception cref="ArgumentException">A name appears twice.</exception>
    public TrialParameters(IEnumerable<KeyValuePair<string, ParameterValue>> values)
    {
        _values = new SortedDictionary<string, ParameterValue>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            if (!_values.TryAdd(name, value))
            {
                throw new ArgumentException($"Parameter '{name}' appears twice; names must be unique.", nameof(values));
            }
        }

        CanonicalJson = BuildCanonicalJson(_values);
    }

    /// <summary>The empty parameter set.</summary>
    public static TrialParameters Empty { get; } = new([]);

    /// <summary>The set as one canonical JSON object.</summary>
    public string CanonicalJson { get; }

    /// <inheritdoc />
    public int Count => _values.Count;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _values.Keys;

    /// <inheritdoc />
    public IEnumerable<ParameterValue> Values => _values.Values;

    /// <inheritdoc />
    public ParameterValue this[string key] => _values[key];

    /// <summary>Parses a parameter set from a JSON object.</summary>
    public static TrialParameters FromJson(string json)
    {
        var obj = JsonNode.Parse(json) as JsonObject
            ?? throw new FormatException($"Expected a JSON object of parameters; got {json}.");
        return new TrialParameters(obj.Select(pair =>
            new KeyValuePair<string, ParameterValue>(pair.Key, ParameterValue.FromJson(pair.Value))));
    }

    /// <summary>Returns a copy with <paramref name="overrides"/> replacing or adding values.</summary>
    public TrialParameters With(IEnumerable<KeyValuePair<string, ParameterValue>> overrides)
    {
        var merged = new Dictionary<string, ParameterValue>(_values, StringComparer.Ordinal);
        foreach (var (name, value) in overrides)
        {
            merged[name] = value;
        }

        return new TrialParameters(merged);
    }

    /// <summary>Returns the set as a JSON object.</summary>
    public JsonObject ToJsonObject()
    {
        var obj = new JsonObject();
        foreach (var (name, value) in _values)
        {
            obj[name] = value.ToJsonNode();
        }

        return obj;
    }

    /// <inheritdoc />
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, out ParameterValue value) => _values.TryGetValue(key, out value!);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, ParameterValue>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(TrialParameters? other) => other is not null && other.CanonicalJson == CanonicalJson;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TrialParameters);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(CanonicalJson);

    /// <summary>The canonical JSON of the set.</summary>
    public override string ToString() => CanonicalJson;

    private static string BuildCanonicalJson(SortedDictionary<string, ParameterValue> values)
    {
        var builder = new StringBuilder("{");
        foreach (var (name, value) in values)
        {
            if (builder.Length > 1)
            {
                builder.Append(',');
            }

            builder.Append(JsonSerializer.Serialize(name)).Append(':').Append(value.CanonicalJson);
        }

        return builder.Append('}').ToString();
    }
}
