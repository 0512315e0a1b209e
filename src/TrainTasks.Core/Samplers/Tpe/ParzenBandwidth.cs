namespace TrainTasks.Core.Samplers.Tpe;

/// <summary>The kernel widths of one numeric dimension by the neighbour-distance rule.</summary>
/// <remarks>
/// Bergstra, Bardenet, Bengio and Kégl, "Algorithms for Hyper-Parameter Optimization", NeurIPS
/// 2011, https://papers.nips.cc/paper/4443-algorithms-for-hyper-parameter-optimization, section
/// 4: an observation's width is the greater of the distances to its left and right neighbours
/// among the observations and the prior mean, with the interval's bounds as outer neighbours.
/// Widths are then clipped to [range / min(100, 1 + n), range] (the "magic clip" of the
/// reference implementation), so equal observations still get a usable kernel and no kernel is
/// wider than the prior's. The prior component itself has the whole range as its width.
/// The points are sorted once and each observation's neighbours are then next to it, so n
/// observations cost O(n log n).
/// </remarks>
internal static class ParzenBandwidth
{
    /// <summary>The largest count in the minimum's divisor.</summary>
    public const int MagicClipCount = 100;

    /// <summary>The width of each observation, in the order given.</summary>
    public static double[] NeighbourDistance(IReadOnlyList<double> observations, double low, double high)
    {
        var range = high - low;
        var minimum = Minimum(range, observations.Count);
        var points = new double[observations.Count + 1];
        var owners = new int[observations.Count + 1];
        for (var index = 0; index < observations.Count; index++)
        {
            (points[index], owners[index]) = (observations[index], index);
        }

        (points[^1], owners[^1]) = (low + (range / 2), -1);
        Array.Sort(points, owners);

        var widths = new double[observations.Count];
        for (var first = 0; first < points.Length;)
        {
            var last = LastEqual(points, first);
            var below = first > 0 ? points[first - 1] : low;
            var above = last + 1 < points.Length ? points[last + 1] : high;
            var value = points[first];
            var width = Math.Clamp(Math.Max(value - below, above - value), minimum, range);
            for (var position = first; position <= last; position++)
            {
                if (owners[position] >= 0)
                {
                    widths[owners[position]] = width;
                }
            }

            first = last + 1;
        }

        return widths;
    }

    /// <summary>The smallest width given to an observation when there are <paramref name="count"/> of them.</summary>
    public static double Minimum(double range, int count) => range / Math.Min(MagicClipCount, 1 + count);

    // Equal values form one run whose neighbours are the nearest points strictly below and above,
    // so a cluster of repeats is as wide as its gap to the rest.
    private static int LastEqual(double[] sortedPoints, int first)
    {
        var last = first;
        while (last + 1 < sortedPoints.Length && sortedPoints[last + 1] == sortedPoints[first])
        {
            last++;
        }

        return last;
    }
}
