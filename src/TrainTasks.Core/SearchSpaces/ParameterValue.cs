using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrainTasks.Core.Fingerprints;

namespace TrainTasks.Core.SearchSpaces;

/// <summary>
/// One value of a hyperparameter: a number, or any JSON value for a categorical choice
/// (null and lists included). Immutable; two values are equal when their canonical JSON is.
/// </summary>
public sealed class ParameterValue : IEquatable<ParameterValue>
{
    private readonly JsonNode? _node;

    // Samplers read numbers in every suggestion, for every trial of the history; reading the
    // number out of the JSON node each time cost more than the model itself.
    private readonly double? _number;

    private ParameterValue(JsonNode? node)
    {
        _node = node;
        CanonicalJson = Fingerprints.CanonicalJson.Write(node);
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            _number = JsonSerializer.SerializeToElement(value).GetDouble();
        }
    }

    /// <summary>The JSON null value.</summary>
    public static ParameterValue Null { get; } = new(null);

    /// <summary>The value in canonical JSON (see <see cref="Fingerprints.CanonicalJson"/>).</summary>
    public string CanonicalJson { get; }

    /// <summary>Whether the value is JSON null.</summary>
    public bool IsNull => _node is null;

    /// <summary>Whether the value is a JSON number.</summary>
    public bool IsNumber => _number is not null;

    /// <summary>Makes a value from a finite number.</summary>
    public static ParameterValue FromDouble(double value) =>
        new(JsonValue.Create(
            double.Parse(Fingerprints.CanonicalJson.FormatNumber(value), CultureInfo.InvariantCulture)));

    /// <summary>Makes a value from an integer.</summary>
    public static ParameterValue FromInt64(long value) => new(JsonValue.Create(value));

    /// <summary>Makes a value from a string.</summary>
    public static ParameterValue FromString(string value) => new(JsonValue.Create(value));

    /// <summary>Makes a value from any JSON; the node is copied, so later changes to it do not leak in.</summary>
    public static ParameterValue FromJson(JsonNode? node) => node is null ? Null : new(node.DeepClone());

    /// <summary>Parses a value from JSON text.</summary>
    public static ParameterValue Parse(string json) => FromJson(JsonNode.Parse(json));

    /// <summary>Returns a copy of the value as a JSON node.</summary>
    public JsonNode? ToJsonNode() => _node?.DeepClone();

    /// <summary>The value as a number.</summary>
    /// <exception cref="InvalidOperationException">The value is not a number.</exception>
    public double AsDouble() => _number
        ?? throw new InvalidOperationException($"Value {CanonicalJson} is not a number.");

    /// <summary>The value as an integer.</summary>
    /// <exception cref="InvalidOperationException">The value is not an integral number.</exception>
    public long AsInt64()
    {
        var number = AsDouble();
        return number == Math.Floor(number)
            ? (long)number
            : throw new InvalidOperationException($"Value {CanonicalJson} is not an integer.");
    }

    /// <summary>The value as a string.</summary>
    /// <exception cref="InvalidOperationException">The value is not a string.</exception>
    public string AsString() => _node is JsonValue value && value.GetValueKind() == JsonValueKind.String
        ? value.GetValue<string>()
        : throw new InvalidOperationException($"Value {CanonicalJson} is not a string.");

    /// <summary>The value as a list of integers (for layer sizes).</summary>
    /// <exception cref="InvalidOperationException">The value is not a list of integers.</exception>
    public IReadOnlyList<long> AsInt64List()
    {
        if (_node is not JsonArray array)
        {
            throw new InvalidOperationException($"Value {CanonicalJson} is not a list.");
        }

        return array.Select(item => FromJson(item).AsInt64()).ToArray();
    }

    /// <inheritdoc />
    public bool Equals(ParameterValue? other) => other is not null && other.CanonicalJson == CanonicalJson;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParameterValue);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(CanonicalJson);

    /// <summary>The canonical JSON of the value.</summary>
    public override string ToString() => CanonicalJson;
}
