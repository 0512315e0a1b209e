using System.Globalization;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Reports;

/// <summary>Number and text formatting shared by the report writers (invariant culture).</summary>
internal static class ReportFormat
{
    public static string Number(double? value, string format = "G6") =>
        value is { } number && double.IsFinite(number) ? number.ToString(format, CultureInfo.InvariantCulture) : "";

    public static string Metric(Trial trial, string name, string format = "G6") =>
        trial.Metrics.TryGetValue(name, out var value) ? Number(value, format) : "";

    public static string OverfittingGap(Trial trial) =>
        trial.Metrics.TryGetValue("train_accuracy", out var train)
        && trial.Metrics.TryGetValue("val_accuracy", out var validation)
            ? Number(train - validation, "F4")
            : "";

    public static string State(Trial trial) => trial.FromCache
        ? "complete (cache)"
        : trial.State.ToString().ToLowerInvariant();
}
