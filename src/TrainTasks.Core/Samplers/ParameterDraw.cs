using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Samplers;

/// <summary>Draws one value of one parameter from a random stream.</summary>
internal static class ParameterDraw
{
    /// <summary>A value of <paramref name="parameter"/>: uniform, log-uniform or on its step.</summary>
    public static ParameterValue Draw(ParameterDefinition parameter, SeededRandom random) => parameter switch
    {
        FloatParameter floating => DrawFloat(floating, random),
        IntParameter integer when integer.Log => DrawIntLog(integer, random),
        _ => parameter.GridValueAt(random.NextInt64(parameter.GridCount)),
    };

    private static ParameterValue DrawFloat(FloatParameter parameter, SeededRandom random)
    {
        if (parameter.Step is { } step && !parameter.Log)
        {
            return parameter.GridValueAt(random.NextInt64(parameter.GridCount));
        }

        var value = parameter.Log
            ? LogUniform(parameter.Low, parameter.High, random)
            : parameter.Low + (random.NextDouble() * (parameter.High - parameter.Low));
        value = Math.Clamp(value, parameter.Low, parameter.High);
        if (parameter.Step is { } logStep)
        {
            var index = (long)Math.Round((value - parameter.Low) / logStep);
            return parameter.GridValueAt(Math.Clamp(index, 0, parameter.GridCount - 1));
        }

        return ParameterValue.FromDouble(value);
    }

    // Each integer k gets the log-width of [k - 0.5, k + 0.5], as when rounding a log-uniform draw.
    private static ParameterValue DrawIntLog(IntParameter parameter, SeededRandom random)
    {
        var value = LogUniform(parameter.Low - 0.5, parameter.High + 0.5, random);
        var index = (long)Math.Round((value - parameter.Low) / parameter.Step);
        return parameter.GridValueAt(Math.Clamp(index, 0, parameter.GridCount - 1));
    }

    private static double LogUniform(double low, double high, SeededRandom random)
    {
        var logLow = Math.Log(low);
        return Math.Exp(logLow + (random.NextDouble() * (Math.Log(high) - logLow)));
    }
}
