using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers.Gradient;

/// <summary>
/// One float parameter seen as a coordinate the gradient strategy steps along: the natural
/// logarithm of the value for a log range, the value in tenths of the range for a linear one.
/// </summary>
/// <remarks>
/// A linear range counts as <see cref="LinearRangeUnits"/> units so that one step size fits both
/// kinds: a log range over four to five decades is about as many log units wide, so a step of
/// 0.5 moves either kind by a similar share of its range.
/// </remarks>
internal sealed class GradientAxis
{
    /// <summary>How many coordinate units a linear range spans.</summary>
    public const double LinearRangeUnits = 10;

    private readonly FloatParameter _parameter;

    private GradientAxis(FloatParameter parameter)
    {
        _parameter = parameter;
        Low = ToCoordinate(parameter.Low);
        High = ToCoordinate(parameter.High);
    }

    /// <summary>The parameter's name.</summary>
    public string Name => _parameter.Name;

    /// <summary>The coordinate of the range's lower bound.</summary>
    public double Low { get; }

    /// <summary>The coordinate of the range's upper bound.</summary>
    public double High { get; }

    /// <summary>The axes of every parameter of <paramref name="space"/>, in its order.</summary>
    /// <exception cref="ArgumentException">A parameter is not a float without a step.</exception>
    public static IReadOnlyList<GradientAxis> Of(SearchSpace space) =>
        space.Parameters.Select(parameter => parameter is FloatParameter { Step: null } range
                ? new GradientAxis(range)
                : throw new ArgumentException(
                    $"Parameter '{parameter.Name}' is not a continuous float; the spec loader refuses it "
                    + "under strategy gradient.",
                    nameof(space)))
            .ToArray();

    /// <summary>
    /// The starting value: <paramref name="fixedValue"/> clamped into the range, or the middle of
    /// the range (geometric for a log range) when there is none or it has no logarithm.
    /// </summary>
    public double StartValue(ParameterValue? fixedValue)
    {
        var usable = fixedValue is { IsNumber: true } number
            && double.IsFinite(number.AsDouble())
            && (!_parameter.Log || number.AsDouble() > 0);
        return usable
            ? Math.Clamp(fixedValue!.AsDouble(), _parameter.Low, _parameter.High)
            : ToValue((Low + High) / 2);
    }

    /// <summary>The coordinate of <paramref name="value"/>.</summary>
    public double ToCoordinate(double value)
    {
        if (_parameter.Log)
        {
            return Math.Log(value);
        }

        return Width > 0 ? LinearRangeUnits * (value - _parameter.Low) / Width : 0;
    }

    /// <summary>The value at <paramref name="coordinate"/>, clamped into the range.</summary>
    public double ToValue(double coordinate)
    {
        // A bound comes back as written, not as exp(log(bound)) with its last bit changed.
        if (coordinate <= Low)
        {
            return _parameter.Low;
        }

        if (coordinate >= High)
        {
            return _parameter.High;
        }

        var value = _parameter.Log
            ? Math.Exp(coordinate)
            : _parameter.Low + (coordinate * Width / LinearRangeUnits);
        return Math.Clamp(value, _parameter.Low, _parameter.High);
    }

    /// <summary>
    /// The derivative along the coordinate from <paramref name="derivative"/>, the derivative in
    /// the value's own units at <paramref name="value"/>: <c>g · value</c> on a log range (the
    /// chain rule through <c>value = e^u</c>), <c>g · width / 10</c> on a linear one.
    /// </summary>
    public double ToCoordinateDerivative(double derivative, double value) => _parameter.Log
        ? derivative * value
        : derivative * Width / LinearRangeUnits;

    /// <summary>The parameter's value in <paramref name="parameters"/>.</summary>
    /// <exception cref="ArgumentException">The parameters lack a number for it.</exception>
    public double ValueIn(TrialParameters parameters) =>
        parameters.TryGetValue(Name, out var value) && value.IsNumber
            ? Math.Clamp(value.AsDouble(), _parameter.Low, _parameter.High)
            : throw new ArgumentException($"The trial has no number for '{Name}'.", nameof(parameters));

    private double Width => _parameter.High - _parameter.Low;
}
