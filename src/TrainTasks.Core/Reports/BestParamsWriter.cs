using System.Text.Json;
using System.Text.Json.Nodes;
using TrainTasks.Core.Fingerprints;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Reports;

/// <summary>
/// Writes <c>best-params.json</c>, the machine-readable result of a sweep: the best trial's
/// parameters (<c>params</c>, its active searched values), the values the trainer used
/// (<c>effectiveParams</c>: fixed values and defaults with those laid over them, so an inactive
/// parameter shows what was used instead), its objective value and its metrics, test metrics included.
/// </summary>
public static class BestParamsWriter
{
    /// <summary>Returns the JSON text for <paramref name="summary"/>; the summary must have a best trial.</summary>
    /// <exception cref="ArgumentException">The summary has no best trial.</exception>
    public static string Write(SweepSummary summary)
    {
        var best = summary.Best
            ?? throw new ArgumentException("A sweep without a complete trial has no best parameters.", nameof(summary));
        var document = new JsonObject
        {
            ["name"] = summary.Spec.Name,
            ["objective"] = new JsonObject
            {
                ["metric"] = summary.Spec.Objective.Metric,
                ["direction"] = summary.Spec.Objective.Direction.ToString().ToLowerInvariant(),
            },
            ["value"] = Number(best.Value!.Value),
            ["params"] = best.Parameters.ToJsonObject(),
            ["effectiveParams"] = summary.Spec.Fixed.With(best.Parameters).ToJsonObject(),
            ["metrics"] = MetricsObject(best.Metrics.Concat(summary.TestMetrics)),
            ["trial"] = best.Number,
            ["fingerprint"] = best.Fingerprint,
            ["seed"] = summary.Spec.Seed,
            ["trials"] = CountsObject(summary.Trials),
        };
        if (summary.RefitMetrics is { } refit)
        {
            document["refit"] = new JsonObject { ["metrics"] = MetricsObject(refit) };
        }

        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject MetricsObject(IEnumerable<KeyValuePair<string, double>> values)
    {
        var metrics = new JsonObject();
        foreach (var (name, value) in values.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            metrics[name] = Number(value);
        }

        return metrics;
    }

    private static JsonObject CountsObject(IReadOnlyList<Trial> trials) => new()
    {
        ["total"] = trials.Count,
        ["complete"] = trials.Count(trial => trial.State == TrialState.Complete),
        ["failed"] = trials.Count(trial => trial.State == TrialState.Failed),
        ["fromCache"] = trials.Count(trial => trial.FromCache),
    };

    private static JsonNode? Number(double value) =>
        double.IsFinite(value) ? JsonNode.Parse(CanonicalJson.FormatNumber(value)) : null;
}
