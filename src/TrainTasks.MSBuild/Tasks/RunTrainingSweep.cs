using System.Diagnostics;
using System.Globalization;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.MSBuild.Tasks;

/// <summary>
/// Runs one hyperparameter sweep by starting <c>dotnet-train sweep</c> out of process, so the
/// build never loads TorchSharp. Before starting it, the task reads the sweep's stamp: when the
/// stamp still holds, it names the outputs from the stamp and trains nothing.
/// </summary>
/// <remarks>
/// The tool writes diagnostics to stderr in MSBuild's canonical form, which the base class
/// turns into build errors and warnings with their codes; progress on stdout is logged as
/// messages. Cancelling the build kills the tool; the tool keeps the trials it finished.
/// </remarks>
public sealed class RunTrainingSweep : ToolTask
{
    private SweepCommand? _command;
    private string? _hostPath;
    private bool _upToDate;

    /// <summary>
    /// The sweep spec (JSON). Required. Set by the targets from each <c>TrainingSweep</c> item
    /// (its full path).
    /// </summary>
    [Required]
    public string SpecFile { get; set; } = string.Empty;

    /// <summary>
    /// The models root; the tool writes <c>&lt;OutputDirectory&gt;/&lt;sweep name&gt;/</c> below it.
    /// Required. Set by <c>TrainTasksOutputDirectory</c>, default <c>$(OutDir)models/</c>.
    /// </summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>
    /// Where the tool writes the stamp that makes the next build a no-op. Required. The targets
    /// set <c>$(IntermediateOutputPath)traintasks/&lt;spec file name&gt;.stamp.json</c>.
    /// </summary>
    [Required]
    public string StampFile { get; set; } = string.Empty;

    /// <summary>
    /// Full path of <c>dotnet-train.dll</c>, with its <c>.runtimeconfig.json</c> and
    /// <c>.deps.json</c> beside it. Required. Set by <c>TrainTasksToolAssembly</c>, default the
    /// copy in the package's <c>tools/net10.0/</c> folder.
    /// </summary>
    [Required]
    public string ToolAssembly { get; set; } = string.Empty;

    /// <summary>
    /// The NuGet package folder, passed to the host as <c>--additionalprobingpath</c> so
    /// TorchSharp and libtorch are loaded from the NuGet cache. Required. The targets set
    /// <c>$(NuGetPackageRoot)</c>.
    /// </summary>
    [Required]
    public string PackageRoot { get; set; } = string.Empty;

    /// <summary>
    /// The artifact cache folder (<c>--cache-dir</c>). Optional; empty leaves the tool's
    /// default. Set by <c>TrainTasksCacheDir</c>. <c>dotnet clean</c> never removes it.
    /// </summary>
    public string? CacheDirectory { get; set; }

    /// <summary>
    /// The study storage (<c>--storage</c>): an SQLite file path or a <c>postgresql://</c> URL.
    /// Optional; empty leaves the tool's default. Set by <c>TrainTasksStorage</c>.
    /// </summary>
    public string? Storage { get; set; }

    /// <summary>
    /// Overrides the spec's trial budget (<c>--trials</c>): a whole number from 1 to 1000000.
    /// Optional; empty keeps the spec's. Set by <c>TrainTasksTrials</c>. Text, so a bad value
    /// gets TT2004 rather than MSBuild's conversion error.
    /// </summary>
    public string? Trials { get; set; }

    /// <summary>
    /// Overrides the spec's seed (<c>--seed</c>): a whole number from 0 to 2147483647. Optional;
    /// empty keeps the spec's. Set by <c>TrainTasksSeed</c>.
    /// </summary>
    public string? Seed { get; set; }

    /// <summary>
    /// Further arguments for <c>dotnet-train sweep</c>, one per element, placed last. Optional,
    /// default none. Set by <c>TrainTasksExtraArguments</c> (separated by semicolons).
    /// </summary>
    public string[] ExtraArguments { get; set; } = [];

    /// <summary>
    /// The best model (<c>model.bin</c>), with metadata <c>BestValue</c>, <c>Objective</c>,
    /// <c>SweepName</c>, <c>BestParamsFile</c>, <c>ReportFile</c>, and <c>Param_&lt;name&gt;</c>
    /// for each best parameter (canonical JSON text; characters other than letters, digits and
    /// <c>_</c> in the name become <c>_</c>). Null when the task failed.
    /// </summary>
    [Output]
    public ITaskItem? Model { get; private set; }

    /// <summary>
    /// Every file the sweep wrote for this build, stamp included; the targets add them to
    /// <c>FileWrites</c> so <c>dotnet clean</c> removes them. The cache is never listed.
    /// </summary>
    [Output]
    public ITaskItem[] OutputFiles { get; private set; } = [];

    /// <summary>Reads stamps; tests replace it.</summary>
    internal IStampReader StampReader { get; set; } = new BuildStampReader();

    /// <inheritdoc />
    protected override string ToolName => OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";

    /// <summary>
    /// Importance of the tool's progress lines (one per finished trial): <c>low</c>, <c>normal</c>
    /// (the default) or <c>high</c>, which shows them at minimal verbosity. Set by
    /// <c>TrainTasksProgressImportance</c>.
    /// </summary>
    public string? ProgressImportance { get; set; }

    /// <inheritdoc />
    protected override MessageImportance StandardOutputLoggingImportance =>
        Enum.TryParse<MessageImportance>(ProgressImportance, ignoreCase: true, out var importance)
            ? importance
            : MessageImportance.Normal;

    /// <inheritdoc />
    protected override MessageImportance StandardErrorLoggingImportance => MessageImportance.Normal;

    /// <inheritdoc />
    public override bool Execute()
    {
        var succeeded = base.Execute();
        if (!succeeded || _upToDate)
        {
            return succeeded;
        }

        return PublishFreshOutputs();
    }

    /// <inheritdoc />
    protected override bool ValidateParameters()
    {
        var options = SweepOptionsReader.Read(this, out var diagnostics);
        _hostPath = DotnetHost.Find();
        if (_hostPath is null)
        {
            diagnostics.Add(Messages.Build_DotnetHostNotFound());
        }

        foreach (var diagnostic in diagnostics)
        {
            Log.LogDiagnostic(BuildEngine, diagnostic);
        }

        _command = options is null ? null : SweepCommand.Create(options);
        return diagnostics.Count == 0;
    }

    /// <inheritdoc />
    protected override bool SkipTaskExecution()
    {
        var stamp = StampReader.TryRead(StampFile);
        if (stamp is null)
        {
            Log.LogMessage(MessageImportance.Low, "TrainTasks: {0}: no stamp at {1}", SpecFile, StampFile);
            return false;
        }

        if (!stamp.Check(ToolVersion.Read(ToolAssembly), Command.StampKey, out var reason))
        {
            Log.LogMessage(MessageImportance.Normal, "TrainTasks: {0}: training, because {1}", SpecFile, reason);
            return false;
        }

        Log.LogMessage(MessageImportance.High, "TrainTasks: {0}: up to date, nothing trained", SpecFile);
        PublishOutputs(stamp);
        _upToDate = true;
        return true;
    }

    /// <inheritdoc />
    protected override string GenerateFullPathToTool() => _hostPath ?? ToolName;

    /// <inheritdoc />
    protected override string GenerateCommandLineCommands() => Command.ToDisplayString();

    /// <summary>Passes the arguments as a list, so no path needs quoting by hand.</summary>
    protected override ProcessStartInfo GetProcessStartInfo(
        string pathToTool,
        string commandLineCommands,
        string responseFileSwitch)
    {
        var startInfo = base.GetProcessStartInfo(pathToTool, commandLineCommands, responseFileSwitch);
        startInfo.Arguments = string.Empty;
        foreach (var argument in Command.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }

    /// <summary>The tool's command line is detail, not news: log it at low importance.</summary>
    protected override void LogToolCommand(string message) =>
        Log.LogCommandLine(MessageImportance.Low, message);

    /// <summary>
    /// The tool failed. When it reported its own errors they stand; otherwise the exit code is
    /// turned into a coded error that says what it means.
    /// </summary>
    protected override bool HandleTaskExecutionErrors()
    {
        if (!Log.HasLoggedErrors)
        {
            Log.LogDiagnostic(BuildEngine, ToolExitDiagnostics.For(SpecFile, ExitCode));
        }

        return false;
    }

    private SweepCommand Command =>
        _command ?? throw new InvalidOperationException("The command is built by ValidateParameters.");

    private bool PublishFreshOutputs()
    {
        var stamp = StampReader.TryRead(StampFile);
        if (stamp is null)
        {
            Log.LogDiagnostic(BuildEngine, Messages.Build_StampMissingAfterRun(SpecFile, StampFile));
            return false;
        }

        PublishOutputs(stamp);
        Log.LogMessage(
            MessageImportance.High,
            "TrainTasks: {0}: best {1} = {2}, model {3}",
            SpecFile,
            stamp.ObjectiveMetric,
            FormatValue(stamp.BestValue),
            stamp.ModelPath);
        return true;
    }

    private void PublishOutputs(ISweepStamp stamp)
    {
        Model = stamp.ModelPath.Length > 0 ? OutputItems.CreateModel(stamp, FormatValue(stamp.BestValue)) : null;
        OutputFiles = OutputItems.CreateOutputFiles(stamp, StampFile);
    }

    private static string FormatValue(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
