using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Samplers.Tpe;

/// <summary>
/// One parameter as the Parzen estimators see it: a number in its own scale between two bounds
/// (the logarithm for log parameters), or a choice index for a categorical parameter.
/// </summary>
/// <remarks>
/// A parameter on a grid (an integer, or a float with a step) owns the interval half a step
/// either side of each grid value, so every grid value gets the same share of a flat density;
/// a draw is rounded to the nearest grid value inside the bounds. A log parameter measures
/// those half steps after the logarithm's argument, as the random sampler does.
/// </remarks>
internal sealed class TpeDimension
{
    private TpeDimension(ParameterDefinition parameter, double low, double high, bool log, double? step)
    {
        Parameter = parameter;
        Low = low;
        High = high;
        IsLog = log;
        Step = step;
    }

    /// <summary>The parameter this dimension stands for.</summary>
    public ParameterDefinition Parameter { get; }

    /// <summary>Lower bound in the dimension's own scale (0 for a categorical parameter).</summary>
    public double Low { get; }

    /// <summary>Upper bound in the dimension's own scale (the last index for a categorical parameter).</summary>
    public double High { get; }

    /// <summary>Whether the own scale is the natural logarithm of the value.</summary>
    public bool IsLog { get; }

    /// <summary>The grid step in value units, or null for a continuous parameter.</summary>
    public double? Step { get; }

    /// <summary>Whether the dimension is a categorical parameter.</summary>
    public bool IsCategorical => Parameter is CategoricalParameter;

    /// <summary>The number of choices of a categorical parameter.</summary>
    public int ChoiceCount => (int)Parameter.GridCount;

    /// <summary>The width of the interval between the bounds.</summary>
    public double Range => High - Low;

    /// <summary>The dimension of <paramref name="parameter"/>.</summary>
    public static TpeDimension Of(ParameterDefinition parameter) => parameter switch
    {
        CategoricalParameter categorical =>
            new(categorical, 0, categorical.Choices.Count - 1, log: false, step: null),
        IntParameter integer => OnGrid(integer, integer.Low, integer.Step, integer.Log),
        FloatParameter { Step: { } step } floating => OnGrid(floating, floating.Low, step, floating.Log),
        FloatParameter { Log: true } floating =>
            new(floating, Math.Log(floating.Low), Math.Log(floating.High), log: true, step: null),
        FloatParameter floating => new(floating, floating.Low, floating.High, log: false, step: null),
        _ => throw new ArgumentException(
            $"Parameter type {parameter.GetType().Name} is not supported; use float, int or categorical.",
            nameof(parameter)),
    };

    /// <summary>A value of the parameter in the dimension's own scale.</summary>
    public double ToScale(ParameterValue value)
    {
        if (Parameter is CategoricalParameter categorical)
        {
            return IndexOfChoice(categorical, value);
        }

        var number = value.AsDouble();
        return IsLog ? Math.Log(number) : number;
    }

    /// <summary>The parameter value nearest to a point of the own scale, on the grid and inside the bounds.</summary>
    public ParameterValue FromScale(double point)
    {
        if (IsCategorical)
        {
            return Parameter.GridValueAt(Math.Clamp((long)Math.Round(point), 0, ChoiceCount - 1));
        }

        var number = IsLog ? Math.Exp(point) : point;
        if (Step is { } step)
        {
            var origin = Parameter.GridValueAt(0).AsDouble();
            var index = (long)Math.Round((number - origin) / step);
            return Parameter.GridValueAt(Math.Clamp(index, 0, Parameter.GridCount - 1));
        }

        // At or past a bound the value is the parameter's own bound: exp of its logarithm can be a
        // last bit off.
        var floating = (FloatParameter)Parameter;
        var value = point <= Low ? floating.Low
            : point >= High ? floating.High
            : Math.Clamp(number, floating.Low, floating.High);
        return ParameterValue.FromDouble(value);
    }

    /// <summary>
    /// The point of the own scale that stands for the parameter value nearest to <paramref name="point"/>.
    /// </summary>
    public double Snap(double point) => Step is null && !IsCategorical ? point : ToScale(FromScale(point));

    private static TpeDimension OnGrid(ParameterDefinition parameter, double low, double step, bool log)
    {
        var last = parameter.GridValueAt(parameter.GridCount - 1).AsDouble();
        var (lower, upper) = (low - (step / 2), last + (step / 2));
        if (!log)
        {
            return new(parameter, lower, upper, log: false, step);
        }

        // A half step below a small positive lower bound can reach 0, where the log is undefined.
        var logLow = lower > 0 ? Math.Log(lower) : Math.Log(low);
        return new(parameter, logLow, Math.Log(upper), log: true, step);
    }

    private static int IndexOfChoice(CategoricalParameter categorical, ParameterValue value)
    {
        for (var index = 0; index < categorical.Choices.Count; index++)
        {
            if (categorical.Choices[index].Equals(value))
            {
                return index;
            }
        }

        throw new ArgumentException($"Value {value} is not a choice of '{categorical.Name}'.", nameof(value));
    }
}
