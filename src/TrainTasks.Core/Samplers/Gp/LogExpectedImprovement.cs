using MathNet.Numerics;

namespace TrainTasks.Core.Samplers.Gp;

/// <summary>
/// The logarithm of expected improvement below the best value, computed without underflow far from
/// the incumbent.
/// </summary>
/// <remarks>
/// For a normal posterior with mean μ and standard deviation σ, and incumbent f* (minimizing),
/// <c>EI = σ h(z)</c> with <c>z = (f* − μ) / σ</c> and <c>h(z) = z Φ(z) + φ(z)</c>, so
/// <c>log EI = log σ + log h(z)</c>. For <c>z ≥ −10</c>, h is computed directly (Φ through erfc,
/// accurate in the tail; the cancellation loses at most two of sixteen digits). Below, h underflows
/// and cancels, so it uses the asymptotic series of the Mills ratio,
/// <c>h(z) = φ(z) (1/z² − 3/z⁴ + 15/z⁶ − 105/z⁸ + 945/z¹⁰ − …)</c>, giving
/// <c>log h(z) = −z²/2 − ½ log 2π − 2 log|z| + log(1 − 3/z² + 15/z⁴ − 105/z⁶ + 945/z⁸)</c>,
/// whose first omitted term is below 2e-6 at the switch. Ament, Daulton, Eriksson, Balandat and
/// Bakshy, "Unexpected Improvements to Expected Improvement for Bayesian Optimization", 2023,
/// https://arxiv.org/abs/2310.20708, motivate log-EI; we use the plain series instead of their
/// erfcx form.
/// </remarks>
internal static class LogExpectedImprovement
{
    /// <summary>Below this z the asymptotic series replaces the direct formula.</summary>
    public const double AsymptoticBelow = -10;

    private static readonly double s_halfLogTwoPi = 0.5 * Math.Log(2 * Math.PI);

    /// <summary><c>log EI</c> for posterior mean, standard deviation and incumbent (minimizing).</summary>
    public static double Of(double mean, double standardDeviation, double best)
    {
        if (!(standardDeviation > 0))
        {
            return best > mean ? Math.Log(best - mean) : double.NegativeInfinity;
        }

        return Math.Log(standardDeviation) + LogH((best - mean) / standardDeviation);
    }

    /// <summary><c>log h(z) = log(z Φ(z) + φ(z))</c>.</summary>
    public static double LogH(double z)
    {
        if (z >= AsymptoticBelow)
        {
            var density = Math.Exp((-0.5 * z * z) - s_halfLogTwoPi);
            var cumulative = 0.5 * SpecialFunctions.Erfc(-z / Math.Sqrt(2));
            return Math.Log((z * cumulative) + density);
        }

        var inverseSquare = 1 / (z * z);
        var tail = inverseSquare * (105 - (945 * inverseSquare));
        var series = 1 - (inverseSquare * (3 - (inverseSquare * (15 - tail))));
        return (-0.5 * z * z) - s_halfLogTwoPi - Math.Log(z * z) + Math.Log(series);
    }
}
