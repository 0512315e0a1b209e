using System.Globalization;

namespace TrainTasks.Core.SearchSpaces;

/// <summary>
/// Arithmetic of real values on a step, <c>low + k * step</c>, without drift: every value is
/// computed from its integer k (never by adding the step repeatedly), the count comes from a
/// rounded quotient with a tolerance, and the last value never lies beyond the upper bound.
/// </summary>
public static class StepGrid
{
    /// <summary>Relative tolerance under which a quotient counts as a whole number.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>The number of points <c>low + k * step</c> that lie in [low, high].</summary>
    /// <exception cref="ArgumentOutOfRangeException">The step is not above 0, or low is above high.</exception>
    public static long Count(double low, double high, double step)
    {
        CheckArguments(low, high, step);
        return LastIndex(low, high, step) + 1;
    }

    /// <summary>The point <c>low + index * step</c>, cleaned of rounding noise and capped at high.</summary>
    public static double ValueAt(double low, double high, double step, long index)
    {
        var value = Clean(low + (index * step));
        return Math.Min(value, high);
    }

    /// <summary>The highest point of the grid: high itself when the step divides the range.</summary>
    public static double LastValue(double low, double high, double step) =>
        ValueAt(low, high, step, LastIndex(low, high, step));

    /// <summary>Whether the step divides <c>high − low</c> within the tolerance.</summary>
    public static bool Divides(double low, double high, double step)
    {
        var quotient = (high - low) / step;
        return IsWhole(quotient);
    }

    /// <summary>The grid index of <paramref name="value"/>, or −1 when it is not on the grid.</summary>
    public static long IndexOf(double low, double high, double step, double value)
    {
        var quotient = (value - low) / step;
        if (!double.IsFinite(quotient) || !IsWhole(quotient))
        {
            return -1;
        }

        var index = (long)Math.Round(quotient);
        return index >= 0 && index <= LastIndex(low, high, step) ? index : -1;
    }

    private static long LastIndex(double low, double high, double step)
    {
        var quotient = (high - low) / step;
        if (quotient >= long.MaxValue / 2d)
        {
            throw new ArgumentOutOfRangeException(
                nameof(step),
                step,
                $"A step of {step} over [{low}, {high}] gives more grid points than can be counted.");
        }

        return IsWhole(quotient) ? (long)Math.Round(quotient) : (long)Math.Floor(quotient);
    }

    private static bool IsWhole(double quotient)
    {
        var rounded = Math.Round(quotient);
        return Math.Abs(quotient - rounded) <= Tolerance * Math.Max(1d, Math.Abs(rounded));
    }

    // Fifteen significant digits drop the noise of binary fractions (3 * 0.1 gives
    // 0.30000000000000004) while keeping every value a spec can reasonably ask for.
    private static double Clean(double value) =>
        double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static void CheckArguments(double low, double high, double step)
    {
        if (!(step > 0) || !double.IsFinite(step))
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "The step must be a finite number above 0.");
        }

        if (!(low <= high))
        {
            throw new ArgumentOutOfRangeException(nameof(low), low, $"The lower bound must not exceed {high}.");
        }
    }
}
