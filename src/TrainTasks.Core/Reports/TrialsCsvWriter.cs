using System.Text;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Reports;

/// <summary>
/// Writes <c>trials.csv</c>: one row per trial in number order, with its state, value, searched
/// parameters (canonical JSON; empty when inactive), final metrics, failure reason and origin
/// (<c>strategy</c>, <c>startup</c> or <c>fallback</c> with its reason; empty when not recorded),
/// for spreadsheets and scripts. Later columns are added at the end, so scripts that read columns
/// by position keep working.
/// </summary>
public static class TrialsCsvWriter
{
    /// <summary>Returns the CSV text for <paramref name="summary"/> (RFC 4180 quoting).</summary>
    public static string Write(SweepSummary summary)
    {
        var parameterNames = summary.Spec.Space.Parameters.Select(parameter => parameter.Name).ToArray();
        var metricNames = summary.Trials.SelectMany(trial => trial.Metrics.Keys)
            .Distinct()
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
        var header = new[] { "number", "state", "value", "from_cache", "fingerprint" }
            .Concat(parameterNames.Select(name => $"param_{name}"))
            .Concat(metricNames)
            .Append("failure_reason")
            .Append("origin")
            .Append("origin_reason");
        var builder = new StringBuilder();
        AppendRow(builder, header);
        foreach (var trial in summary.Trials)
        {
            AppendRow(builder, Cells(trial, parameterNames, metricNames));
        }

        return builder.ToString();
    }

    private static IEnumerable<string> Cells(Trial trial, string[] parameterNames, string[] metricNames)
    {
        yield return trial.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return trial.State.ToString().ToLowerInvariant();
        yield return ReportFormat.Number(trial.Value, "R");
        yield return trial.FromCache ? "true" : "false";
        yield return trial.Fingerprint;
        foreach (var name in parameterNames)
        {
            yield return trial.Parameters.TryGetValue(name, out var value) ? value.CanonicalJson : "";
        }

        foreach (var name in metricNames)
        {
            yield return ReportFormat.Metric(trial, name, "R");
        }

        yield return trial.FailureReason ?? "";
        yield return trial.Origin?.KindText ?? "";
        yield return trial.Origin?.Reason ?? "";
    }

    private static void AppendRow(StringBuilder builder, IEnumerable<string> cells)
    {
        builder.AppendJoin(',', cells.Select(Quote)).Append('\n');
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) < 0
            ? cell
            : $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
