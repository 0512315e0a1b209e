using System.Text.Json.Nodes;

namespace TrainTasks.Benchmarks.Samplers;

/// <summary>Summaries of a sample in the shape of the anchor script: min, quartiles, median, max and n.</summary>
internal static class Statistics
{
    /// <summary>The summary as a JSON object; percentiles interpolate linearly, as numpy's default does.</summary>
    public static JsonObject Summarize(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return new JsonObject
        {
            ["min"] = sorted[0],
            ["q25"] = Percentile(sorted, 25),
            ["median"] = Percentile(sorted, 50),
            ["q75"] = Percentile(sorted, 75),
            ["max"] = sorted[^1],
            ["n"] = sorted.Length,
        };
    }

    /// <summary>The <paramref name="percent"/>-th percentile of sorted values, interpolated between ranks.</summary>
    public static double Percentile(double[] sorted, double percent)
    {
        var position = percent / 100.0 * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
