using System.Runtime.Intrinsics;

namespace TrainTasks.Core.Samplers.Gp;

/// <summary>Vectorized dot products for the triangular loops of the Gaussian process.</summary>
/// <remarks>
/// The width is fixed at four doubles (emulated where the hardware lacks it) rather than the
/// machine's widest vector, so the order of additions, and with it every rounding, is the same on
/// every machine. Limitation: <see cref="Math.Exp"/> and <see cref="Math.Log(double)"/> come from the
/// platform's math library, so two operating systems may still differ in the last bit and, rarely,
/// in a suggestion.
/// </remarks>
internal static class DenseMath
{
    /// <summary>The dot product of two spans of equal length.</summary>
    public static double Dot(ReadOnlySpan<double> left, ReadOnlySpan<double> right)
    {
        var sum = 0.0;
        var index = 0;
        if (left.Length >= Vector256<double>.Count)
        {
            var accumulator = Vector256<double>.Zero;
            for (; index <= left.Length - Vector256<double>.Count; index += Vector256<double>.Count)
            {
                accumulator += Vector256.Create(left[index..]) * Vector256.Create(right[index..]);
            }

            sum = Vector256.Sum(accumulator);
        }

        for (; index < left.Length; index++)
        {
            sum += left[index] * right[index];
        }

        return sum;
    }

    /// <summary>The squared Euclidean distance of two points.</summary>
    public static double SquaredDistance(ReadOnlySpan<double> left, ReadOnlySpan<double> right)
    {
        var sum = 0.0;
        for (var index = 0; index < left.Length; index++)
        {
            var difference = left[index] - right[index];
            sum += difference * difference;
        }

        return sum;
    }
}
