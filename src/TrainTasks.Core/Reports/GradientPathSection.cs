using System.Text;
using TrainTasks.Core.Samplers.Gradient;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Reports;

/// <summary>
/// The part of <c>report.md</c> for strategy <c>gradient</c>: the path of the hyperparameters,
/// one row per outer step in trial order, with each value, the validation loss, the hypergradient
/// and what the strategy made of it.
/// </summary>
internal static class GradientPathSection
{
    /// <summary>Appends the section; nothing for another strategy.</summary>
    public static void Append(StringBuilder builder, SweepSummary summary)
    {
        var spec = summary.Spec;
        if (spec.Strategy != Specs.StrategyCatalog.GradientStrategy)
        {
            return;
        }

        var options = GradientOptions.FromSpec(spec.StrategyOptions);
        var path = GradientPath.Replay(spec.Space, spec.Fixed, options, summary.Trials);
        var steps = path.Steps.ToDictionary(step => step.TrialNumber);
        var names = spec.Space.Parameters.Select(parameter => parameter.Name).ToArray();
        builder.AppendLine("## Path of the hyperparameters").AppendLine();
        builder.AppendLine(
            $"One trial per step of Adam in log space: rate {ReportFormat.Number(options.Rate)}, clip "
            + $"{ReportFormat.Number(options.Clip)}, tolerance {ReportFormat.Number(options.Tolerance)}. "
            + "A failed or worse trial halves the rate and steps again from the last accepted point.");
        builder.AppendLine();
        AppendHeader(builder, spec.Objective.Metric, names);
        foreach (var trial in summary.Trials)
        {
            AppendRow(builder, trial, names, steps.GetValueOrDefault(trial.Number));
        }

        builder.AppendLine();
    }

    private static void AppendHeader(StringBuilder builder, string metric, string[] names)
    {
        builder.Append($"| trial | state | {metric} |");
        foreach (var name in names)
        {
            builder.Append($" {name} | {HypergradientMetrics.NameOf(name)} |");
        }

        builder.AppendLine(" next step |");
        builder.Append("|---:|---|---:|").Append(string.Concat(names.Select(_ => "---:|---:|"))).AppendLine("---|");
    }

    private static void AppendRow(StringBuilder builder, Trial trial, string[] names, GradientStep? step)
    {
        builder.Append($"| {trial.Number} | {ReportFormat.State(trial)} | {ReportFormat.Number(trial.Value)} |");
        foreach (var name in names)
        {
            var value = trial.Parameters.TryGetValue(name, out var parameter) && parameter.IsNumber
                ? ReportFormat.Number(parameter.AsDouble())
                : "";
            builder.Append($" {value} | {ReportFormat.Metric(trial, HypergradientMetrics.NameOf(name))} |");
        }

        builder.AppendLine($" {Describe(step)} |");
    }

    private static string Describe(GradientStep? step) => step switch
    {
        null => "",
        { Outcome: GradientStepOutcome.Accepted } => $"followed, length {ReportFormat.Number(step.StepLength, "G3")}",
        _ => $"{step.Outcome.ToString().ToLowerInvariant()}: rate × {ReportFormat.Number(step.RateScale, "G3")}, "
            + $"length {ReportFormat.Number(step.StepLength, "G3")}",
    };
}
