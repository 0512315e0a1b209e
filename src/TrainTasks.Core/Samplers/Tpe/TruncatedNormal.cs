using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace TrainTasks.Core.Samplers.Tpe;

/// <summary>The normal distribution cut to a closed interval and scaled to integrate to 1 on it.</summary>
internal static class TruncatedNormal
{
    // From 9 deviations out, the standard normal's distribution value is exactly 1 in double
    // precision and its lower tail below 1.2e-19, too little to change a difference with a value
    // of at least a half. Skipping the tails there leaves every mass as computed in full and saves
    // two error-function calls for each kernel far from both bounds.
    private const double SaturatedScore = 9;

    /// <summary>The log of the square root of 2π, the normal density's constant.</summary>
    public static readonly double LogSqrtTwoPi = 0.5 * Math.Log(2 * Math.PI);

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

        return LogDensityAt((x - mean) / deviation, Math.Log(deviation), logMass);
    }

    /// <summary>
    /// The log density at standard score <paramref name="z"/> inside the interval, given the log of
    /// the deviation and the interval's log mass, for callers that keep both for many evaluations.
    /// </summary>
    public static double LogDensityAt(double z, double logDeviation, double logMass) =>
        (-0.5 * z * z) - logDeviation - LogSqrtTwoPi - logMass;

    /// <summary>The log of the untruncated normal's mass inside the interval.</summary>
    /// <remarks>
    /// Means always lie inside the interval and deviations are at most its width, so the mass is
    /// at least a third and the difference of the two distribution values loses no precision that matters.
    /// </remarks>
    public static double LogMass(double mean, double deviation, double low, double high)
    {
        var upperScore = (high - mean) / deviation;
        var lowerScore = (low - mean) / deviation;
        var upper = upperScore >= SaturatedScore ? 1.0 : StandardCdf(upperScore);
        var lower = lowerScore <= -SaturatedScore ? 0.0 : StandardCdf(lowerScore);
        return Math.Log(upper - lower);
    }

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
