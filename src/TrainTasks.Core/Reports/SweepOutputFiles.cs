namespace TrainTasks.Core.Reports;

/// <summary>The files a sweep wrote into its output folder.</summary>
/// <param name="Directory">The output folder, <c>&lt;root&gt;/&lt;sweep name&gt;</c>.</param>
/// <param name="ModelFile">The best model; null when no trial completed.</param>
/// <param name="BestParamsFile">best-params.json; null when no trial completed.</param>
/// <param name="ReportFile">report.md.</param>
/// <param name="TrialsFile">trials.csv.</param>
public sealed record SweepOutputFiles(
    string Directory,
    string? ModelFile,
    string? BestParamsFile,
    string ReportFile,
    string TrialsFile)
{
    /// <summary>Every file that was written.</summary>
    public IEnumerable<string> All => new[] { ModelFile, BestParamsFile, ReportFile, TrialsFile }.OfType<string>();
}
