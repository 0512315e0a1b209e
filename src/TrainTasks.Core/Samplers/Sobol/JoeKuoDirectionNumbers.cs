namespace TrainTasks.Core.Samplers.Sobol;

/// <summary>
/// The published primitive polynomials and initial direction numbers of the Sobol sequence for its
/// first 32 dimensions.
/// </summary>
/// <remarks>
/// Source: S. Joe and F. Y. Kuo, "Constructing Sobol sequences with better two-dimensional
/// projections", SIAM J. Sci. Comput. 30 (2008) 2635–2654, table <c>new-joe-kuo-6.21201</c>,
/// https://web.maths.unsw.edu.au/~fkuo/sobol/ (dimensions 2 to 32, one row each as degree s,
/// coefficient a and m_1 … m_s). Dimension 1 is the van der Corput sequence in base 2 and has no row.
/// </remarks>
internal static class JoeKuoDirectionNumbers
{
    /// <summary>The number of dimensions the table covers, the first one included.</summary>
    public const int Dimensions = 32;

    private static readonly (int Degree, int Coefficients, int[] Initial)[] s_rows =
    [
        (1, 0, [1]),
        (2, 1, [1, 3]),
        (3, 1, [1, 3, 1]),
        (3, 2, [1, 1, 1]),
        (4, 1, [1, 1, 3, 3]),
        (4, 4, [1, 3, 5, 13]),
        (5, 2, [1, 1, 5, 5, 17]),
        (5, 4, [1, 1, 5, 5, 5]),
        (5, 7, [1, 1, 7, 11, 19]),
        (5, 11, [1, 1, 5, 1, 1]),
        (5, 13, [1, 1, 1, 3, 11]),
        (5, 14, [1, 3, 5, 5, 31]),
        (6, 1, [1, 3, 3, 9, 7, 49]),
        (6, 13, [1, 1, 1, 15, 21, 21]),
        (6, 16, [1, 3, 1, 13, 27, 49]),
        (6, 19, [1, 1, 1, 15, 7, 5]),
        (6, 22, [1, 3, 1, 15, 13, 25]),
        (6, 25, [1, 1, 5, 5, 19, 61]),
        (7, 1, [1, 3, 7, 11, 23, 15, 103]),
        (7, 4, [1, 3, 7, 13, 13, 15, 69]),
        (7, 7, [1, 1, 3, 13, 7, 35, 63]),
        (7, 8, [1, 3, 5, 9, 1, 25, 53]),
        (7, 14, [1, 3, 1, 13, 9, 35, 107]),
        (7, 19, [1, 3, 1, 5, 27, 61, 31]),
        (7, 21, [1, 1, 5, 11, 19, 41, 61]),
        (7, 28, [1, 3, 5, 3, 3, 13, 69]),
        (7, 31, [1, 1, 7, 13, 1, 19, 1]),
        (7, 32, [1, 3, 7, 5, 13, 19, 59]),
        (7, 37, [1, 1, 3, 9, 25, 29, 41]),
        (7, 41, [1, 3, 5, 13, 23, 1, 55]),
        (7, 42, [1, 3, 7, 3, 13, 59, 17]),
    ];

    /// <summary>
    /// The direction numbers v_1 … v_bits of one dimension as 32-bit binary fractions: bit 31 of
    /// v_k is its first binary digit.
    /// </summary>
    /// <param name="dimension">From 0 (the van der Corput dimension) to <see cref="Dimensions"/> − 1.</param>
    /// <param name="bits">How many direction numbers, at most 32.</param>
    public static uint[] For(int dimension, int bits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(dimension, Dimensions);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 32);

        var directions = new uint[bits];
        if (dimension == 0)
        {
            for (var k = 0; k < bits; k++)
            {
                directions[k] = 1u << (31 - k);
            }

            return directions;
        }

        var (degree, coefficients, initial) = s_rows[dimension - 1];
        for (var k = 0; k < Math.Min(degree, bits); k++)
        {
            directions[k] = (uint)initial[k] << (31 - k);
        }

        for (var k = degree; k < bits; k++)
        {
            directions[k] = Recur(directions, k, degree, coefficients);
        }

        return directions;
    }

    // The recurrence of the primitive polynomial x^s + a_1 x^(s-1) + … + a_(s-1) x + 1, with
    // a_1 the highest of the s − 1 bits of the coefficient number.
    private static uint Recur(uint[] directions, int k, int degree, int coefficients)
    {
        var next = directions[k - degree] ^ (directions[k - degree] >> degree);
        for (var j = 1; j < degree; j++)
        {
            if (((coefficients >> (degree - 1 - j)) & 1) == 1)
            {
                next ^= directions[k - j];
            }
        }

        return next;
    }
}
