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
        var points = observations.Append(low + (range / 2)).Order().ToArray();
        var widths = new double[observations.Count];
        for (var index = 0; index < observations.Count; index++)
        {
            var width = LargestGap(points, observations[index], low, high);
            widths[index] = Math.Clamp(width, minimum, range);
        }

        return widths;
    }

    /// <summary>The smallest width given to an observation when there are <paramref name="count"/> of them.</summary>
    public static double Minimum(double range, int count) => range / Math.Min(MagicClipCount, 1 + count);

    // With equal values, the neighbours on each side are the nearest points strictly below and
    // above, so a cluster of repeats is as wide as its gap to the rest.
    private static double LargestGap(double[] points, double value, double low, double high)
    {
        var below = low;
        var above = high;
        foreach (var point in points)
        {
            if (point < value)
            {
                below = point;
            }
            else if (point > value)
            {
                above = point;
                break;
            }
        }

        return Math.Max(value - below, above - value);
    }
}
