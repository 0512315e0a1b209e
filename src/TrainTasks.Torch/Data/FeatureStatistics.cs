namespace TrainTasks.Torch.Data;

/// <summary>Per-feature mean and standard deviation of some rows, for standardizing tables.</summary>
/// <param name="Mean">The mean of each feature.</param>
/// <param name="StandardDeviation">The population standard deviation of each feature; 1 where it is 0.</param>
public sealed record FeatureStatistics(float[] Mean, float[] StandardDeviation)
{
    /// <summary>Computes the statistics over <paramref name="rows"/> of <paramref name="data"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="rows"/> is empty.</exception>
    public static FeatureStatistics Compute(Dataset data, IReadOnlyCollection<int> rows)
    {
        if (rows.Count == 0)
        {
            throw new ArgumentException("Statistics need at least one row; got none.", nameof(rows));
        }

        var sums = new double[data.FeatureSize];
        var squares = new double[data.FeatureSize];
        foreach (var row in rows)
        {
            var features = data.Features.AsSpan(row * data.FeatureSize, data.FeatureSize);
            for (var index = 0; index < features.Length; index++)
            {
                sums[index] += features[index];
                squares[index] += (double)features[index] * features[index];
            }
        }

        var mean = sums.Select(sum => sum / rows.Count).ToArray();
        var deviation = squares.Select((square, index) => Deviation(square / rows.Count, mean[index]));
        return new FeatureStatistics(mean.Select(value => (float)value).ToArray(), deviation.ToArray());
    }

    /// <summary>Statistics that leave features unchanged (mean 0, deviation 1).</summary>
    public static FeatureStatistics Identity(int featureSize) =>
        new(new float[featureSize], Enumerable.Repeat(1f, featureSize).ToArray());

    private static float Deviation(double meanOfSquares, double mean)
    {
        var deviation = Math.Sqrt(Math.Max(0, meanOfSquares - (mean * mean)));
        return deviation > 1e-12 ? (float)deviation : 1f;
    }
}
