namespace TrainTasks.Core.Samplers.Gp;

/// <summary>
/// Quasi-random points of the unit cube: the Halton sequence (radical inverses in the first primes),
/// shifted modulo 1 by a random offset so that each seed gets its own evenly spread set.
/// </summary>
/// <remarks>
/// Halton, "On the efficiency of certain quasi-random sequences of points in evaluating
/// multi-dimensional integrals", Numerische Mathematik 2, 1960; the random shift is Cranley and
/// Patterson, 1976. Limitation: in many dimensions the plain Halton sequence is correlated between
/// coordinates with large primes; it only seeds the acquisition search, so that costs little.
/// </remarks>
internal static class HaltonSequence
{
    /// <summary><paramref name="count"/> points of <paramref name="dimensions"/> coordinates.</summary>
    public static List<double[]> Points(int count, int dimensions, SeededRandom random)
    {
        var primes = FirstPrimes(dimensions);
        var shift = new double[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            shift[d] = random.NextDouble();
        }

        var points = new List<double[]>(count);
        for (var index = 1; index <= count; index++)
        {
            var point = new double[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                var value = RadicalInverse(index, primes[d]) + shift[d];
                point[d] = value >= 1 ? value - 1 : value;
            }

            points.Add(point);
        }

        return points;
    }

    /// <summary>The digits of <paramref name="index"/> in base <paramref name="radix"/>, mirrored.</summary>
    public static double RadicalInverse(long index, int radix)
    {
        var result = 0.0;
        var scale = 1.0 / radix;
        while (index > 0)
        {
            result += (index % radix) * scale;
            index /= radix;
            scale /= radix;
        }

        return result;
    }

    private static int[] FirstPrimes(int count)
    {
        var primes = new List<int>(count);
        for (var candidate = 2; primes.Count < count; candidate++)
        {
            if (primes.TrueForAll(prime => prime * prime > candidate || candidate % prime != 0))
            {
                primes.Add(candidate);
            }
        }

        return [.. primes];
    }
}
