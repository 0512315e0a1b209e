namespace TrainTasks.Core.Samplers.Gp;

/// <summary>Cholesky factorization and triangular solves on row-major square matrices.</summary>
internal static class Cholesky
{
    private const int MaxJitterGrowths = 8;

    /// <summary>
    /// The lower factor L of <c>matrix + jitter·I</c> with <c>L Lᵀ</c> equal to it; the jitter starts at
    /// 0 and grows from <see cref="KernelHyperparameters.MinNoiseVariance"/> by ten until the matrix
    /// is positive definite.
    /// </summary>
    /// <exception cref="InvalidOperationException">The matrix stays indefinite with the largest jitter.</exception>
    public static double[] Factor(double[] matrix, int size)
    {
        var jitter = 0.0;
        for (var attempt = 0; attempt <= MaxJitterGrowths; attempt++)
        {
            if (TryFactor(matrix, size, jitter) is { } factor)
            {
                return factor;
            }

            jitter = jitter == 0 ? KernelHyperparameters.MinNoiseVariance : jitter * 10;
        }

        throw new InvalidOperationException(
            $"The {size}×{size} kernel matrix is not positive definite even with a jitter of {jitter / 10}.");
    }

    /// <summary>The lower factor of <c>matrix + jitter·I</c>, or null when it is not positive definite.</summary>
    public static double[]? TryFactor(double[] matrix, int size, double jitter)
    {
        var factor = new double[size * size];
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = matrix[(i * size) + j]
                    - DenseMath.Dot(factor.AsSpan(i * size, j), factor.AsSpan(j * size, j));

                if (i != j)
                {
                    factor[(i * size) + j] = sum / factor[(j * size) + j];
                    continue;
                }

                sum += jitter;
                if (!(sum > 0))
                {
                    return null;
                }

                factor[(i * size) + i] = Math.Sqrt(sum);
            }
        }

        return factor;
    }

    /// <summary>Solves <c>L x = b</c> for lower-triangular L.</summary>
    public static double[] SolveLower(double[] factor, int size, double[] right)
    {
        var solution = new double[size];
        for (var i = 0; i < size; i++)
        {
            var row = i * size;
            var sum = right[i] - DenseMath.Dot(factor.AsSpan(row, i), solution.AsSpan(0, i));
            solution[i] = sum / factor[row + i];
        }

        return solution;
    }

    /// <summary>Solves <c>Lᵀ x = b</c> for lower-triangular L.</summary>
    public static double[] SolveUpper(double[] factor, int size, double[] right)
    {
        var solution = new double[size];
        for (var i = size - 1; i >= 0; i--)
        {
            var sum = right[i];
            for (var k = i + 1; k < size; k++)
            {
                sum -= factor[(k * size) + i] * solution[k];
            }

            solution[i] = sum / factor[(i * size) + i];
        }

        return solution;
    }

    /// <summary>The inverse of <c>L Lᵀ</c>, row-major.</summary>
    /// <remarks>
    /// Row c of <c>U</c> holds column c of <c>L⁻¹</c>, so <c>(L Lᵀ)⁻¹ = U Uᵀ</c> is a table of row dot
    /// products, which vectorize.
    /// </remarks>
    public static double[] Inverse(double[] factor, int size)
    {
        var rows = new double[size][];
        var unit = new double[size];
        for (var column = 0; column < size; column++)
        {
            Array.Clear(unit);
            unit[column] = 1;
            rows[column] = SolveLower(factor, size, unit);
        }

        var inverse = new double[size * size];
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var value = DenseMath.Dot(rows[i].AsSpan(i), rows[j].AsSpan(i));
                inverse[(i * size) + j] = value;
                inverse[(j * size) + i] = value;
            }
        }

        return inverse;
    }
}
