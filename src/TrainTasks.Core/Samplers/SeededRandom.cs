using System.Numerics;

namespace TrainTasks.Core.Samplers;

/// <summary>
/// A small pseudo-random generator whose sequence is fixed by its seed forever: xoshiro256**
/// seeded through SplitMix64. <see cref="Random"/> is not used because its algorithm for a
/// given seed is not promised to stay the same across .NET versions.
/// </summary>
/// <remarks>
/// Blackman and Vigna, "Scrambled linear pseudorandom number generators", 2018,
/// https://prng.di.unimi.it/. Not for cryptography.
/// </remarks>
internal sealed class SeededRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Starts the sequence of <paramref name="seed"/>.</summary>
    public SeededRandom(ulong seed)
    {
        var state = seed;
        _s0 = SplitMix(ref state);
        _s1 = SplitMix(ref state);
        _s2 = SplitMix(ref state);
        _s3 = SplitMix(ref state);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var shifted = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= shifted;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform number in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="count"/>), without modulo bias.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is not above 0.</exception>
    public long NextInt64(long count)
    {
        if (count <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The count must be above 0.");
        }

        var range = (ulong)count;
        var limit = ulong.MaxValue - (ulong.MaxValue % range);
        ulong draw;
        do
        {
            draw = NextUInt64();
        }
        while (draw >= limit);

        return (long)(draw % range);
    }

    /// <summary>A uniform integer in [0, <paramref name="count"/>) for counts of any size.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is not above 0.</exception>
    public BigInteger NextBigInteger(BigInteger count)
    {
        if (count <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The count must be above 0.");
        }

        if (count <= long.MaxValue)
        {
            return NextInt64((long)count);
        }

        var bits = (int)count.GetBitLength();
        BigInteger draw;
        do
        {
            draw = DrawBits(bits);
        }
        while (draw >= count);

        return draw;
    }

    private BigInteger DrawBits(int bits)
    {
        var value = BigInteger.Zero;
        for (var drawn = 0; drawn < bits; drawn += 64)
        {
            value = (value << 64) | NextUInt64();
        }

        return value >> (((bits + 63) / 64 * 64) - bits);
    }

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
