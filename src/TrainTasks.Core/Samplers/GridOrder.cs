using System.Numerics;

namespace TrainTasks.Core.Samplers;

/// <summary>
/// A seeded permutation of the grid indexes [0, count): the order in which the grid sampler
/// visits points. It depends only on the seed and the count, so a relaunch sees the same order.
/// </summary>
internal static class GridOrder
{
    /// <summary>Grids up to this size are shuffled exactly (Fisher–Yates); larger ones use an affine map.</summary>
    public const int ShuffleLimit = 1 << 20;

    /// <summary>The grid indexes in visiting order.</summary>
    public static IEnumerable<BigInteger> Indexes(BigInteger count, int seed)
    {
        var random = new SeededRandom(StableHash.Of("grid", seed, count));
        return count <= ShuffleLimit ? Shuffled((int)count, random) : Affine(count, random);
    }

    private static IEnumerable<BigInteger> Shuffled(int count, SeededRandom random)
    {
        var order = new int[count];
        for (var index = 0; index < count; index++)
        {
            order[index] = index;
        }

        for (var index = count - 1; index > 0; index--)
        {
            var other = (int)random.NextInt64(index + 1);
            (order[index], order[other]) = (order[other], order[index]);
        }

        return order.Select(index => new BigInteger(index));
    }

    // Limitation: above the shuffle limit the order is i -> (a * i + b) mod count, a bijection
    // that spreads points over the grid but is far from a uniform random permutation.
    private static IEnumerable<BigInteger> Affine(BigInteger count, SeededRandom random)
    {
        var multiplier = random.NextBigInteger(count - 1) + 1;
        while (BigInteger.GreatestCommonDivisor(multiplier, count) != 1)
        {
            multiplier = random.NextBigInteger(count - 1) + 1;
        }

        var offset = random.NextBigInteger(count);
        for (var index = BigInteger.Zero; index < count; index++)
        {
            yield return ((multiplier * index) + offset) % count;
        }
    }
}
