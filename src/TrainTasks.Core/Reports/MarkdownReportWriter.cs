using System.Globalization;
using System.Text;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Reports;

/// <summary>
/// Writes <c>report.md</c>: the sweep in a page that fits a CI step summary. Every trial, best
/// first, with its parameters, value, state, parameter count (complexity), training time
/// (efficiency) and train-minus-validation accuracy (overfitting), then the winner's learning curve.
/// </summary>
public static class MarkdownReportWriter
{
    private const string StartupOption = "startupTrials";
    private const string SobolStartupOption = "sobolStartup";

    /// <summary>Returns the Markdown text for <paramref name="summary"/>.</summary>
    public static string Write(SweepSummary summary)
    {
        var builder = new StringBuilder();
        AppendHeader(builder, summary);
        AppendTrialTable(builder, summary);
        GradientPathSection.Append(builder, summary);
        AppendFailures(builder, summary);
        AppendLearningCurve(builder, summary.Best);
        return builder.ToString();
    }

    private static void AppendHeader(StringBuilder builder, SweepSummary summary)
    {
        var spec = summary.Spec;
        var trials = summary.Trials;
        builder.AppendLine($"# Sweep `{spec.Name}`").AppendLine();
        builder.AppendLine(
            $"Objective: {spec.Objective.Direction.ToString().ToLowerInvariant()} `{spec.Objective.Metric}` · " +
            $"strategy `{spec.Strategy}`{OptionsOf(spec)} · seed {spec.Seed} · budget {spec.Trials} trials");
        builder.AppendLine();
        builder.AppendLine(
            $"Trials: {trials.Count} evaluated, {trials.Count(t => t.State == TrialState.Complete)} complete " +
            $"({trials.Count(t => t.FromCache)} from the cache), "
            + $"{trials.Count(t => t.State == TrialState.Failed)} failed.");
        AppendRandomProposals(builder, summary);
        if (summary.ExhaustedReason is { } reason)
        {
            var stopped = spec.Strategy == StrategyCatalog.GradientStrategy
                ? "The gradient walk stopped before the budget"
                : "The search space is exhausted";
            builder.AppendLine().AppendLine($"{stopped}: {reason}.");
        }

        builder.AppendLine();
        if (summary.Best is not { } best)
        {
            builder.AppendLine("**No trial completed, so there is no best model.**").AppendLine();
            return;
        }

        builder.Append($"**Best: trial {best.Number}**, `{spec.Objective.Metric}` = {ReportFormat.Number(best.Value)}");
        foreach (var (name, value) in summary.TestMetrics.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            builder.Append($", `{name}` = {ReportFormat.Number(value)}");
        }

        builder.AppendLine().AppendLine();
        builder.AppendLine($"Parameters: `{best.Parameters.CanonicalJson}`").AppendLine();
        if (summary.RefitMetrics is not null)
        {
            builder.AppendLine(
                "The shipped model is this configuration trained again on every training row, validation "
                + "rows included; the test metrics above are that model's.");
            builder.AppendLine();
        }
    }

    // Model-based strategies propose at random until enough trials have completed, and sometimes
    // after that; count both from the origin stored with each trial, so early or fallback trials
    // are not read as the model's choices.
    private static void AppendRandomProposals(StringBuilder builder, SweepSummary summary)
    {
        var spec = summary.Spec;
        var trials = summary.Trials;
        if (!IsModelBased(spec) && !trials.Any(trial => trial.Origin?.IsRandom == true))
        {
            return;
        }

        var unrecorded = trials.Count(trial => trial.Origin is null);
        if (unrecorded == trials.Count)
        {
            AppendRuleOnly(builder, spec);
            return;
        }

        var startup = trials.Count(trial => trial.Origin?.Kind == TrialOriginKind.Startup);
        var fallbacks = trials.Where(trial => trial.Origin?.Kind == TrialOriginKind.Fallback).ToList();
        var chosen = trials.Count(trial => trial.Origin?.Kind == TrialOriginKind.Strategy);
        var rule = IsModelBased(spec) ? $" (until {Completed(StartupCount(spec))})" : "";
        builder.AppendLine().AppendLine(
            $"Strategy `{spec.Strategy}` proposed {Trials(startup)} {StartupDraws(spec)} during its start-up{rule} and "
            + $"{Trials(fallbacks.Count)} at random after it; its model chose {Trials(chosen)}.");
        AppendFallbacks(builder, fallbacks);
        if (unrecorded > 0)
        {
            builder.AppendLine().AppendLine(
                $"{Trials(unrecorded)} of the study were stored before origins were recorded and are not counted.");
        }
    }

    // One line per reason, with the trials that gave it.
    private static void AppendFallbacks(StringBuilder builder, List<Trial> fallbacks)
    {
        if (fallbacks.Count > 0)
        {
            builder.AppendLine();
        }

        foreach (var group in fallbacks.GroupBy(trial => trial.Origin!.Reason ?? "no reason was recorded"))
        {
            var numbers = string.Join(", ", group.Select(trial => trial.Number));
            builder.AppendLine($"- {Trials(group.Count())} ({numbers}) at random because {group.Key}.");
        }
    }

    // A study stored before origins were recorded can only be described by the strategy's rule.
    // Only a model-based strategy gets here: for any other, the section ends unless a trial has a
    // random origin, and then not every trial is unrecorded.
    private static void AppendRuleOnly(StringBuilder builder, SweepSpec spec)
    {
        builder.AppendLine().AppendLine(
            $"Strategy `{spec.Strategy}` proposes {StartupDraws(spec)} until {Completed(StartupCount(spec))}; "
            + "the trials of this study were stored before origins were recorded, so they are not counted.");
    }

    private static bool IsModelBased(SweepSpec spec) =>
        StrategyCatalog.Options.TryGetValue(spec.Strategy, out var options)
        && options.Any(option => option.Name == StartupOption);

    private static string Trials(int count) => count == 1 ? "1 trial" : $"{count} trials";

    private static int StartupCount(SweepSpec spec) =>
        (int)StrategyCatalog.ValueOf(spec.Strategy, StartupOption, spec.StrategyOptions);

    private static string Completed(int count) =>
        count == 1 ? "1 trial has completed" : $"{count} trials have completed";

    // How a model-based strategy draws its start-up trials.
    private static string StartupDraws(SweepSpec spec) =>
        StrategyCatalog.Options[spec.Strategy].Any(option => option.Name == SobolStartupOption)
        && StrategyCatalog.ValueOf(spec.Strategy, SobolStartupOption, spec.StrategyOptions) != 0
            ? "from the scrambled Sobol sequence"
            : "at random";

    // The options written in the spec, in name order, so two reports of one strategy with different
    // settings can be told apart; defaults left out of the spec are not listed.
    private static string OptionsOf(SweepSpec spec) =>
        spec.StrategyOptions.Count == 0
            ? ""
            : " (" + string.Join(
                ", ",
                spec.StrategyOptions.OrderBy(option => option.Key, StringComparer.Ordinal)
                    .Select(option => $"{option.Key} {FormatOption(spec.Strategy, option.Key, option.Value)}")) + ")";

    private static string FormatOption(string strategy, string name, double value) =>
        StrategyCatalog.Options.TryGetValue(strategy, out var options)
        && options.FirstOrDefault(option => option.Name == name) is { IsFlag: true }
            ? (value != 0 ? "true" : "false")
            : value.ToString("R", CultureInfo.InvariantCulture);

    private static void AppendTrialTable(StringBuilder builder, SweepSummary summary)
    {
        var names = summary.Spec.Space.Parameters.Select(parameter => parameter.Name).ToArray();
        builder.AppendLine("## Trials, best first").AppendLine();
        builder.Append($"| # | state | {summary.Spec.Objective.Metric} |");
        foreach (var name in names)
        {
            builder.Append($" {name} |");
        }

        builder.AppendLine(" parameters | train s | train − val acc |");
        builder.Append("|---:|---|---:|")
            .Append(string.Concat(names.Select(_ => "---|")))
            .AppendLine("---:|---:|---:|");
        foreach (var trial in summary.TrialsBestFirst())
        {
            builder.Append($"| {trial.Number} | {ReportFormat.State(trial)} | {ReportFormat.Number(trial.Value)} |");
            foreach (var name in names)
            {
                var value = trial.Parameters.TryGetValue(name, out var parameter) ? parameter.CanonicalJson : "";
                builder.Append($" {value} |");
            }

            builder.Append($" {ReportFormat.Metric(trial, SweepSummary.ParameterCountMetric, "F0")} |");
            builder.Append($" {ReportFormat.Metric(trial, SweepSummary.TrainSecondsMetric, "F1")} |");
            builder.AppendLine($" {ReportFormat.OverfittingGap(trial)} |");
        }

        builder.AppendLine();
    }

    private static void AppendFailures(StringBuilder builder, SweepSummary summary)
    {
        var failed = summary.Trials.Where(trial => trial.State == TrialState.Failed).ToArray();
        if (failed.Length == 0)
        {
            return;
        }

        builder.AppendLine("## Failed trials").AppendLine();
        foreach (var trial in failed)
        {
            builder.AppendLine($"- trial {trial.Number}: {trial.FailureReason}");
        }

        builder.AppendLine();
    }

    private static void AppendLearningCurve(StringBuilder builder, Trial? best)
    {
        if (best is null || best.Epochs.Count == 0)
        {
            return;
        }

        var metrics = best.Epochs.SelectMany(epoch => epoch.Metrics.Keys)
            .Distinct()
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
        builder.AppendLine($"## Learning curve of trial {best.Number}").AppendLine();
        builder.AppendLine($"| epoch | {string.Join(" | ", metrics)} |");
        builder.AppendLine($"|---:|{string.Concat(metrics.Select(_ => "---:|"))}");
        foreach (var epoch in best.Epochs)
        {
            var cells = metrics.Select(name => epoch.Metrics.TryGetValue(name, out var value)
                ? ReportFormat.Number(value, CurveFormat(name))
                : "");
            builder.AppendLine($"| {epoch.Epoch} | {string.Join(" | ", cells)} |");
        }
    }

    // Learning rates span orders of magnitude (1e-5 would print as 0.0000 with four decimals).
    private static string CurveFormat(string metric) =>
        metric.StartsWith("learning_rate", StringComparison.Ordinal) ? "G4" : "F4";
}
