using TrainTasks.Core.IO;

namespace TrainTasks.Core.Reports;

/// <summary>
/// Writes a sweep's outputs into its folder: <c>model.bin</c>, <c>best-params.json</c>,
/// <c>report.md</c> and <c>trials.csv</c>. Each file is replaced atomically. Without a complete
/// trial the model and best parameters of an earlier run are removed, so nothing stale is trusted.
/// </summary>
public static class SweepOutputWriter
{
    /// <summary>File name of the best model.</summary>
    public const string ModelFileName = "model.bin";

    /// <summary>File name of the best parameters.</summary>
    public const string BestParamsFileName = "best-params.json";

    /// <summary>File name of the Markdown report.</summary>
    public const string ReportFileName = "report.md";

    /// <summary>File name of the trial table.</summary>
    public const string TrialsFileName = "trials.csv";

    /// <summary>Writes the outputs of <paramref name="summary"/> into <paramref name="directory"/>.</summary>
    /// <param name="directory">The sweep's output folder; created when missing.</param>
    /// <param name="summary">The sweep to describe.</param>
    /// <param name="bestModelFile">The best trial's model in the artifact cache, if there is a best trial.</param>
    public static SweepOutputFiles Write(string directory, SweepSummary summary, string? bestModelFile)
    {
        Directory.CreateDirectory(directory);
        var model = Path.Combine(directory, ModelFileName);
        var bestParams = Path.Combine(directory, BestParamsFileName);
        var report = Path.Combine(directory, ReportFileName);
        var trials = Path.Combine(directory, TrialsFileName);

        var hasBest = summary.Best is not null && bestModelFile is not null;
        if (hasBest)
        {
            AtomicFile.Copy(bestModelFile!, model);
            AtomicFile.WriteAllText(bestParams, BestParamsWriter.Write(summary));
        }
        else
        {
            File.Delete(model);
            File.Delete(bestParams);
        }

        AtomicFile.WriteAllText(report, MarkdownReportWriter.Write(summary));
        AtomicFile.WriteAllText(trials, TrialsCsvWriter.Write(summary));
        return new SweepOutputFiles(directory, hasBest ? model : null, hasBest ? bestParams : null, report, trials);
    }
}
