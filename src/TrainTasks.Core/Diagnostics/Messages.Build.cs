namespace TrainTasks.Core.Diagnostics;

// MSBuild integration and tool launch: TT2001-TT2099. This file is also compiled into the
// task assembly (linked as source), so it may use only the diagnostic types beside it.
public static partial class Messages
{
    /// <summary>TT2001: a <c>TrainingSweep</c> item names a spec file that does not exist.</summary>
    /// <param name="specFile">The full path the item resolved to.</param>
    public static Diagnostic Build_SpecFileMissing(string specFile) =>
        Error(
            "TT2001",
            $"the TrainingSweep item '{specFile}' names no existing file; a sweep needs its spec "
            + "file. Fix the Include of the TrainingSweep item or add the file.");

    /// <summary>TT2002: the training tool assembly is not where the task looks for it.</summary>
    /// <param name="toolAssembly">The path given by <c>TrainTasksToolAssembly</c>.</param>
    public static Diagnostic Build_ToolAssemblyMissing(string toolAssembly) =>
        Error(
            "TT2002",
            $"the training tool '{toolAssembly}' does not exist (property TrainTasksToolAssembly). "
            + "Restore the TrainTasks.MSBuild package again, or set TrainTasksToolAssembly to the "
            + "full path of dotnet-train.dll.");

    /// <summary>TT2003: a file the dotnet host needs is missing beside the tool assembly.</summary>
    /// <param name="missingFile">The runtime configuration or dependency file that is missing.</param>
    public static Diagnostic Build_ToolFilesIncomplete(string missingFile) =>
        Error(
            "TT2003",
            $"'{missingFile}' is missing beside the training tool, so the dotnet host cannot "
            + "start it. Restore the TrainTasks.MSBuild package again (delete it from the NuGet "
            + "package folder first if it was copied by hand).");

    /// <summary>TT2004: <c>TrainTasksTrials</c> is not a positive whole number.</summary>
    /// <param name="value">The value as the user wrote it.</param>
    public static Diagnostic Build_TrialsInvalid(string value) =>
        Error(
            "TT2004",
            $"TrainTasksTrials must be a whole number from 1 to 1000000; got '{value}'. Set a "
            + "positive trial count, or leave TrainTasksTrials empty to use the spec's budget.");

    /// <summary>TT2005: <c>TrainTasksSeed</c> is not a 32-bit whole number.</summary>
    /// <param name="value">The value as the user wrote it.</param>
    public static Diagnostic Build_SeedInvalid(string value) =>
        Error(
            "TT2005",
            $"TrainTasksSeed must be a whole number from -2147483648 to 2147483647, as the spec's seed; "
            + $"got '{value}'. Set such "
            + "a number, or leave TrainTasksSeed empty to use the spec's seed.");

    /// <summary>TT2006: no dotnet host could be found to start the tool.</summary>
    public static Diagnostic Build_DotnetHostNotFound() =>
        Error(
            "TT2006",
            "no dotnet host to start the training tool: DOTNET_HOST_PATH is not set and no "
            + "'dotnet' is on PATH. Build with the dotnet CLI, or put the dotnet folder on PATH.");

    /// <summary>TT2007: the NuGet package folder, where TorchSharp is resolved from, is missing.</summary>
    /// <param name="packageRoot">The value of <c>NuGetPackageRoot</c>, possibly empty.</param>
    public static Diagnostic Build_PackageRootMissing(string packageRoot) =>
        Error(
            "TT2007",
            $"the NuGet package folder '{packageRoot}' (property NuGetPackageRoot) does not exist, "
            + "so the training tool cannot find TorchSharp and libtorch. Run 'dotnet restore' on "
            + "the project first.");

    /// <summary>TT2010: the tool exited with code 1 (a metric gate failed) and logged no error.</summary>
    /// <param name="specFile">The spec the sweep ran for.</param>
    /// <param name="exitCode">The exit code of the tool.</param>
    public static Diagnostic Build_ToolGateFailed(string specFile, int exitCode) =>
        Error("TT2010", ToolExit(specFile, exitCode, "the sweep ran but a metric gate failed"));

    /// <summary>TT2011: the tool exited with code 2 (bad input) and logged no error.</summary>
    /// <param name="specFile">The spec the sweep ran for.</param>
    /// <param name="exitCode">The exit code of the tool.</param>
    public static Diagnostic Build_ToolRejectedInput(string specFile, int exitCode) =>
        Error("TT2011", ToolExit(specFile, exitCode, "bad input: spec, options or data files"));

    /// <summary>TT2012: the tool exited with code 3 (environment problem) and logged no error.</summary>
    /// <param name="specFile">The spec the sweep ran for.</param>
    /// <param name="exitCode">The exit code of the tool.</param>
    public static Diagnostic Build_ToolEnvironmentFailed(string specFile, int exitCode) =>
        Error(
            "TT2012",
            ToolExit(specFile, exitCode, "the environment stopped it: native library, disk, access"));

    /// <summary>TT2013: the tool exited with code 4 (internal error) and logged no error.</summary>
    /// <param name="specFile">The spec the sweep ran for.</param>
    /// <param name="exitCode">The exit code of the tool.</param>
    public static Diagnostic Build_ToolInternalError(string specFile, int exitCode) =>
        Error("TT2013", ToolExit(specFile, exitCode, "an internal error in TrainTasks"));

    /// <summary>TT2014: the tool exited with code 5 (no trial completed) and logged no error.</summary>
    /// <param name="specFile">The spec the sweep ran for.</param>
    /// <param name="exitCode">The exit code of the tool.</param>
    public static Diagnostic Build_ToolNoTrialCompleted(string specFile, int exitCode) =>
        Error("TT2014", ToolExit(specFile, exitCode, "no trial completed, so there is no model"));

    /// <summary>TT2015: the tool exited with code 130 (cancelled) and logged no error.</summary>
    /// <param name="specFile">The spec the sweep ran for.</param>
    /// <param name="exitCode">The exit code of the tool.</param>
    public static Diagnostic Build_ToolCancelled(string specFile, int exitCode) =>
        Error("TT2015", ToolExit(specFile, exitCode, "it was cancelled; finished trials are kept"));

    /// <summary>TT2016: the tool, or the dotnet host, exited with a code the tool never uses.</summary>
    /// <param name="specFile">The spec the sweep ran for.</param>
    /// <param name="exitCode">The exit code of the tool.</param>
    public static Diagnostic Build_ToolExitedUnexpectedly(string specFile, int exitCode) =>
        Error(
            "TT2016",
            ToolExit(specFile, exitCode, "not a code of dotnet-train: the dotnet host or runtime failed"));

    /// <summary>TT2020: the tool reported success but left no readable stamp, so there are no outputs.</summary>
    /// <param name="specFile">The spec the sweep ran for.</param>
    /// <param name="stampFile">Where the stamp was expected.</param>
    public static Diagnostic Build_StampMissingAfterRun(string specFile, string stampFile) =>
        Error(
            "TT2020",
            $"the training tool finished '{specFile}' without error but wrote no readable stamp at "
            + $"'{stampFile}', so the build cannot name the model. Check that the TrainTasks.MSBuild "
            + "package and its tools folder come from the same version.");

    private static string ToolExit(string specFile, int exitCode, string meaning) =>
        $"dotnet-train exited with code {exitCode} ({meaning}) for '{specFile}' without reporting "
        + $"an error. Run 'dotnet train sweep \"{specFile}\" --verbosity detailed' to see its output.";
}
