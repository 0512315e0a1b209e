using System.Globalization;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.MSBuild.Tasks;

/// <summary>
/// Checks every parameter of <see cref="RunTrainingSweep"/> and turns them into
/// <see cref="SweepOptions"/>, collecting all problems before anything starts.
/// </summary>
internal static class SweepOptionsReader
{
    private const int MaxTrials = 1_000_000;

    /// <summary>
    /// Returns the options, or null when a value is invalid; <paramref name="diagnostics"/>
    /// holds one error per problem found.
    /// </summary>
    public static SweepOptions? Read(RunTrainingSweep task, out List<Diagnostic> diagnostics)
    {
        diagnostics = [];
        var specFile = Path.GetFullPath(task.SpecFile);
        var toolAssembly = Path.GetFullPath(task.ToolAssembly);

        CheckSpecFile(specFile, diagnostics);
        CheckToolFiles(toolAssembly, diagnostics);
        CheckPackageRoot(task.PackageRoot, diagnostics);
        var trials = ParseOptional(task.Trials, 1, MaxTrials, Messages.Build_TrialsInvalid, diagnostics);
        var seed = ParseOptional(task.Seed, int.MinValue, int.MaxValue, Messages.Build_SeedInvalid, diagnostics);

        if (diagnostics.Count > 0)
        {
            return null;
        }

        return new SweepOptions(
            ToolAssembly: toolAssembly,
            PackageRoot: Path.GetFullPath(task.PackageRoot),
            SpecFile: specFile,
            OutputDirectory: Path.GetFullPath(task.OutputDirectory),
            StampFile: Path.GetFullPath(task.StampFile),
            CacheDirectory: EmptyToNull(task.CacheDirectory),
            Storage: EmptyToNull(task.Storage),
            Trials: trials,
            Seed: seed,
            ExtraArguments: task.ExtraArguments.Where(argument => argument.Length > 0).ToList());
    }

    private static void CheckSpecFile(string specFile, List<Diagnostic> diagnostics)
    {
        if (!File.Exists(specFile))
        {
            diagnostics.Add(Messages.Build_SpecFileMissing(specFile));
        }
    }

    private static void CheckToolFiles(string toolAssembly, List<Diagnostic> diagnostics)
    {
        if (!File.Exists(toolAssembly))
        {
            diagnostics.Add(Messages.Build_ToolAssemblyMissing(toolAssembly));
            return;
        }

        var companions = new[] { ".runtimeconfig.json", ".deps.json" }
            .Select(extension => Path.ChangeExtension(toolAssembly, extension));
        foreach (var missing in companions.Where(path => !File.Exists(path)))
        {
            diagnostics.Add(Messages.Build_ToolFilesIncomplete(missing));
        }
    }

    private static void CheckPackageRoot(string packageRoot, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(packageRoot) || !Directory.Exists(packageRoot))
        {
            diagnostics.Add(Messages.Build_PackageRootMissing(packageRoot));
        }
    }

    private static int? ParseOptional(
        string? text,
        int min,
        int max,
        Func<string, Diagnostic> invalid,
        List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value >= min
            && value <= max)
        {
            return value;
        }

        diagnostics.Add(invalid(text));
        return null;
    }

    private static string? EmptyToNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
