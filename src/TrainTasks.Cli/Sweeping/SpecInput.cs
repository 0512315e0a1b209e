using System.Globalization;
using TrainTasks.Cli.Console;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Specs;

namespace TrainTasks.Cli.Sweeping;

/// <summary>Loads a spec, applies command-line overrides, and reports every problem found.</summary>
internal static class SpecInput
{
    /// <summary>The spec, or null after reporting its errors.</summary>
    public static SweepSpec? Load(FileInfo file, int? trials, int? seed, ToolConsole console)
    {
        if (!file.Exists)
        {
            console.Report(Messages.Cli_SpecFileMissing(file.FullName));
            return null;
        }

        var problems = new List<Diagnostic>();
        if (trials is < 1)
        {
            var value = trials.Value.ToString(CultureInfo.InvariantCulture);
            problems.Add(Messages.Cli_OptionOutOfRange("--trials", value, "the budget must be at least 1"));
        }

        var result = SweepSpecLoader.Load(file.FullName);
        problems.AddRange(result.Diagnostics);
        console.ReportAll(problems);
        if (result.Spec is null || problems.Any(problem => problem.IsError))
        {
            return null;
        }

        return result.Spec with { Trials = trials ?? result.Spec.Trials, Seed = seed ?? result.Spec.Seed };
    }
}
