using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Specs;

/// <summary>One parameter the built-in trainer understands, with its rule and default.</summary>
/// <param name="Name">
/// The name under <c>model</c>, <c>training</c> and <c>space</c>, such as <c>learningRate</c>.
/// </param>
/// <param name="Section">The spec section it belongs to: <c>model</c> or <c>training</c>.</param>
/// <param name="Kind">The kind of value.</param>
/// <param name="Default">The value used when the spec sets none.</param>
/// <param name="Choices">The allowed names of a <see cref="BuiltInParameterKind.Choice"/>; empty otherwise.</param>
/// <param name="Minimum">The smallest allowed number, if bounded below.</param>
/// <param name="MinimumExclusive">Whether <paramref name="Minimum"/> itself is excluded.</param>
/// <param name="Maximum">The largest allowed number, if bounded above.</param>
/// <param name="MaximumExclusive">Whether <paramref name="Maximum"/> itself is excluded.</param>
/// <remarks>
/// A float without a <paramref name="Maximum"/> of its own is still at most
/// <see cref="SinglePrecisionMaximum"/>: the trainer hands it to TorchSharp as a single-precision
/// number, and a larger one cannot be converted.
/// </remarks>
public sealed record BuiltInParameter(
    string Name,
    string Section,
    BuiltInParameterKind Kind,
    ParameterValue Default,
    IReadOnlyList<string> Choices,
    double? Minimum = null,
    bool MinimumExclusive = false,
    double? Maximum = null,
    bool MaximumExclusive = false)
{
    /// <summary>The largest layer width or channel count a list may hold.</summary>
    public const int MaximumLayerSize = 1 << 20;

    /// <summary>The largest single-precision number, 3.4028234663852886E+38: the cap of every float.</summary>
    public const double SinglePrecisionMaximum = float.MaxValue;

    private const string SinglePrecisionNote =
        ", the largest single-precision number (the trainer computes in single precision)";

    /// <summary>The rule in words, as diagnostics state it, such as <c>a number in [0, 1)</c>.</summary>
    public string Rule => Kind switch
    {
        BuiltInParameterKind.Choice => "one of: " + string.Join(", ", Choices),
        BuiltInParameterKind.IntList => $"a non-empty list of integers from 1 to {MaximumLayerSize}",
        BuiltInParameterKind.Int => $"an integer{RangeRule()}",
        _ => $"a number{RangeRule()}",
    };

    /// <summary>The space types that fit the kind: <c>float</c>, <c>int</c>, <c>categorical</c>.</summary>
    public IReadOnlyList<string> SpaceTypes => Kind switch
    {
        BuiltInParameterKind.Float => ["float", "categorical"],
        BuiltInParameterKind.Int => ["int", "categorical"],
        _ => ["categorical"],
    };

    /// <summary>Whether <paramref name="value"/> satisfies the rule.</summary>
    public bool Accepts(ParameterValue value) => Kind switch
    {
        BuiltInParameterKind.Choice => value.ToJsonNode() is JsonValue text
            && text.GetValueKind() == JsonValueKind.String
            && Choices.Contains(text.GetValue<string>(), StringComparer.Ordinal),
        BuiltInParameterKind.IntList => value.ToJsonNode() is JsonArray { Count: > 0 } list
            && list.Select(ParameterValue.FromJson)
                .All(item => IsInteger(item) && item.AsDouble() is >= 1 and <= MaximumLayerSize),
        BuiltInParameterKind.Int => IsInteger(value) && InRange(value.AsDouble()),
        _ => value.IsNumber && InRange(value.AsDouble()),
    };

    /// <summary>Whether <paramref name="number"/> lies within the bounds.</summary>
    public bool InRange(double number)
    {
        var aboveMinimum = Minimum is not { } minimum || (MinimumExclusive ? number > minimum : number >= minimum);
        var belowMaximum = Maximum is { } maximum
            ? (MaximumExclusive ? number < maximum : number <= maximum)
            : Kind != BuiltInParameterKind.Float || number <= SinglePrecisionMaximum;
        return double.IsFinite(number) && aboveMinimum && belowMaximum;
    }

    /// <summary>
    /// The value in its normal form: integers as <see cref="ParameterValue.FromInt64"/>, real
    /// numbers as <see cref="ParameterValue.FromDouble"/>, anything else unchanged.
    /// </summary>
    public ParameterValue Normalize(ParameterValue value) => Kind switch
    {
        BuiltInParameterKind.Int when IsInteger(value) => ParameterValue.FromInt64(value.AsInt64()),
        BuiltInParameterKind.Float when value.IsNumber => ParameterValue.FromDouble(value.AsDouble()),
        _ => value,
    };

    private static bool IsInteger(ParameterValue value) =>
        value.IsNumber && value.AsDouble() is var number && number == Math.Floor(number) && Math.Abs(number) < 1e15;

    private string RangeRule()
    {
        var text = CultureInfo.InvariantCulture;
        return (Minimum, Maximum) switch
        {
            ({ } low, { } high) => string.Create(
                text,
                $" in {(MinimumExclusive ? '(' : '[')}{low}, {high}{(MaximumExclusive ? ')' : ']')}"),
            ({ } low, null) when Kind == BuiltInParameterKind.Float => string.Create(
                text,
                $" {(MinimumExclusive ? "above" : "of at least")} {low} and at most {SinglePrecisionMaximum}")
                + SinglePrecisionNote,
            ({ } low, null) => string.Create(text, $" {(MinimumExclusive ? "above" : "of at least")} {low}"),
            _ => string.Empty,
        };
    }
}
