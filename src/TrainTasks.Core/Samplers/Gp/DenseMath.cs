using System.Numerics;

namespace TrainTasks.Core.Samplers.Gp;

/// <summary>Vectorized dot products for the triangular loops of the Gaussian process.</summary>
internal static class DenseMath
{
    /// <summary>The dot product of two spans of equal length.</summary>
    public static double Dot(ReadOnlySpan<double> left, ReadOnlySpan<double> right)
    {
        var sum = 0.0;
        var index = 0;
        if (Vector.IsHardwareAccelerated && left.Length >= Vector<double>.Count)
        {
            var accumulator = Vector<double>.Zero;
            for (; index <= left.Length - Vector<double>.Count; index += Vector<double>.Count)
            {
                accumulator += new Vector<double>(left[index..]) * new Vector<double>(right[index..]);
            }

            sum = Vector.Sum(accumulator);
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
