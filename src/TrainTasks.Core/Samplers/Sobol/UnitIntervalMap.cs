using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Samplers.Sobol;

/// <summary>Maps a coordinate in [0, 1) to a value of one parameter, keeping equal widths equally likely.</summary>
internal static class UnitIntervalMap
{
    /// <summary>
    /// The value at <paramref name="unit"/>: linear or logarithmic between the bounds, the grid value
    /// <c>floor(unit * count)</c> for steps, integers and choices, or the nearest step of a log scale.
    /// </summary>
    public static ParameterValue Map(ParameterDefinition parameter, double unit) => parameter switch
    {
        FloatParameter { Step: null } floating => ParameterValue.FromDouble(Continuous(floating, unit)),
        FloatParameter { Log: true } floating => Nearest(floating, Continuous(floating, unit) - floating.Low),
        IntParameter { Log: true } integer => Nearest(integer, LogScale(integer.Low - 0.5, integer.High + 0.5, unit)
            - integer.Low),
        _ => parameter.GridValueAt(Math.Min((long)(unit * parameter.GridCount), parameter.GridCount - 1)),
    };

    private static double Continuous(FloatParameter parameter, double unit)
    {
        var value = parameter.Log
            ? LogScale(parameter.Low, parameter.High, unit)
            : parameter.Low + (unit * (parameter.High - parameter.Low));
        return Math.Clamp(value, parameter.Low, parameter.High);
    }

    private static ParameterValue Nearest(ParameterDefinition parameter, double offset)
    {
        var step = parameter switch
        {
            FloatParameter floating => floating.Step!.Value,
            IntParameter integer => integer.Step,
            _ => 1,
        };
        var index = (long)Math.Round(offset / step);
        return parameter.GridValueAt(Math.Clamp(index, 0, parameter.GridCount - 1));
    }

    private static double LogScale(double low, double high, double unit)
    {
        var logLow = Math.Log(low);
        return Math.Exp(logLow + (unit * (Math.Log(high) - logLow)));
    }
}
