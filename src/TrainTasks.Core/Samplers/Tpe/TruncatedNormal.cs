using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace TrainTasks.Core.Samplers.Tpe;

/// <summary>The normal distribution cut to a closed interval and scaled to integrate to 1 on it.</summary>
internal static class TruncatedNormal
{
    private static readonly double s_logSqrtTwoPi = 0.5 * Math.Log(2 * Math.PI);

    /// <summary>The log density at <paramref name="x"/>; minus infinity outside the interval.</summary>
    public static double LogDensity(double x, double mean, double deviation, double low, double high) =>
        LogDensity(x, mean, deviation, low, high, LogMass(mean, deviation, low, high));

    /// <summary>
    /// The log density at <paramref name="x"/> given the interval's log mass from <see cref="LogMass"/>,
    /// for callers that evaluate one kernel at many points.
    /// </summary>
    public static double LogDensity(double x, double mean, double deviation, double low, double high, double logMass)
    {
        if (x < low || x > high)
        {
            return double.NegativeInfinity;
        }

        var z = (x - mean) / deviation;
        return (-0.5 * z * z) - Math.Log(deviation) - s_logSqrtTwoPi - logMass;
    }

    /// <summary>The log of the untruncated normal's mass inside the interval.</summary>
    /// <remarks>
    /// Means always lie inside the interval and deviations are at most its width, so the mass is
    /// at least a third and the difference of the two distribution values loses no precision that matters.
    /// </remarks>
    public static double LogMass(double mean, double deviation, double low, double high) =>
        Math.Log(StandardCdf((high - mean) / deviation) - StandardCdf((low - mean) / deviation));

    /// <summary>A draw by inverting the cumulative distribution, clamped against rounding.</summary>
    public static double Sample(double mean, double deviation, double low, double high, SeededRandom random)
    {
        var lower = StandardCdf((low - mean) / deviation);
        var upper = StandardCdf((high - mean) / deviation);
        var probability = lower + (random.NextDouble() * (upper - lower));
        var z = Normal.InvCDF(0, 1, Math.Clamp(probability, double.Epsilon, 1 - 1e-16));
        return Math.Clamp(mean + (deviation * z), low, high);
    }

    private static double StandardCdf(double z) => 0.5 * SpecialFunctions.Erfc(-z / Math.Sqrt(2));
}
