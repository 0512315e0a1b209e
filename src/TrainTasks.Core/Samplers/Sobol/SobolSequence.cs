using System.Numerics;

namespace TrainTasks.Core.Samplers.Sobol;

/// <summary>
/// The Sobol low-discrepancy sequence in up to <see cref="MaxDimensions"/> dimensions, point by point
/// in Gray-code order, optionally scrambled by a random linear matrix and a random digital shift.
/// </summary>
/// <remarks>
/// I. M. Sobol', "On the distribution of points in a cube and the approximate evaluation of
/// integrals", USSR Comput. Math. Math. Phys. 7 (1967) 86–112, with the direction numbers of Joe and
/// Kuo (see <see cref="JoeKuoDirectionNumbers"/>); Gray-code order after Antonov and Saleev (1979).
/// Scrambling follows J. Matoušek, "On the L2-discrepancy for anchored boxes", J. Complexity 14
/// (1998) 527–556: each dimension's direction numbers are multiplied by a random lower-triangular
/// binary matrix with a unit diagonal, and each point is then XOR-ed with a random shift. Both keep
/// the net property, so the first 2^k points still fill every 1/2^k interval of each dimension.
/// This is not Owen's nested scrambling, which randomizes more but needs a tree of random bits.
/// Point i is computed directly from i, so the sequence keeps no position between calls.
/// </remarks>
internal sealed class SobolSequence
{
    /// <summary>The largest number of dimensions: the rows of the direction-number table.</summary>
    public const int MaxDimensions = JoeKuoDirectionNumbers.Dimensions;

    /// <summary>The binary digits of every coordinate; the sequence has 2^Bits points.</summary>
    public const int Bits = 32;

    private const double Scale = 1.0 / (1UL << Bits);

    private readonly uint[][] _directions;
    private readonly uint[] _shifts;

    /// <summary>Makes the sequence.</summary>
    /// <param name="dimensions">From 0 to <see cref="MaxDimensions"/>.</param>
    /// <param name="scrambleSeed">Seed of the scrambling; null for the plain published sequence.</param>
    public SobolSequence(int dimensions, int? scrambleSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimensions);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, MaxDimensions);

        _directions = new uint[dimensions][];
        _shifts = new uint[dimensions];
        for (var dimension = 0; dimension < dimensions; dimension++)
        {
            var directions = JoeKuoDirectionNumbers.For(dimension, Bits);
            if (scrambleSeed is { } seed)
            {
                var random = new SeededRandom(StableHash.Of("sobol", seed, dimension));
                directions = Scramble(directions, random);
                _shifts[dimension] = (uint)(random.NextUInt64() >> 32);
            }

            _directions[dimension] = directions;
        }
    }

    /// <summary>The number of dimensions.</summary>
    public int Dimensions => _directions.Length;

    /// <summary>The point at <paramref name="index"/>, each coordinate in [0, 1).</summary>
    /// <param name="index">From 0 to 2^<see cref="Bits"/> − 1.</param>
    public double[] PointAt(long index)
    {
        var point = new double[Dimensions];
        for (var dimension = 0; dimension < Dimensions; dimension++)
        {
            point[dimension] = CoordinateAt(index, dimension);
        }

        return point;
    }

    /// <summary>One coordinate of the point at <paramref name="index"/>, in [0, 1).</summary>
    /// <param name="index">From 0 to 2^<see cref="Bits"/> − 1.</param>
    /// <param name="dimension">From 0 to <see cref="Dimensions"/> − 1.</param>
    public double CoordinateAt(long index, int dimension) => DigitsAt(index, dimension) * Scale;

    /// <summary>The binary digits of one coordinate of the point at <paramref name="index"/>.</summary>
    /// <param name="index">From 0 to 2^<see cref="Bits"/> − 1.</param>
    /// <param name="dimension">From 0 to <see cref="Dimensions"/> − 1.</param>
    public uint DigitsAt(long index, int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, 1L << Bits);

        var gray = (ulong)(index ^ (index >> 1));
        var directions = _directions[dimension];
        var digits = _shifts[dimension];
        while (gray != 0)
        {
            digits ^= directions[BitOperations.TrailingZeroCount(gray)];
            gray &= gray - 1;
        }

        return digits;
    }

    private static uint[] Scramble(uint[] directions, SeededRandom random)
    {
        var rows = new uint[Bits];
        for (var row = 0; row < Bits; row++)
        {
            var own = 1u << (Bits - 1 - row);
            var above = row == 0 ? 0u : uint.MaxValue << (Bits - row);
            rows[row] = ((uint)(random.NextUInt64() >> 32) & above) | own;
        }

        return directions.Select(direction => Multiply(rows, direction)).ToArray();
    }

    // Digit r of the product is the parity of row r AND the digits; row r only reaches digits
    // 0 … r, so the first k digits of a product depend only on the first k digits of the input.
    private static uint Multiply(uint[] rows, uint digits)
    {
        var product = 0u;
        for (var row = 0; row < Bits; row++)
        {
            if ((BitOperations.PopCount(rows[row] & digits) & 1) == 1)
            {
                product |= 1u << (Bits - 1 - row);
            }
        }

        return product;
    }
}
