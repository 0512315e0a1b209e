namespace TrainTasks.MSBuild.Tasks;

/// <summary>
/// What the task reads from the stamp that <c>dotnet-train sweep --stamp</c> writes after a
/// sweep: enough to decide "up to date" and to name the outputs without starting the tool.
/// Mirrors the contract of <c>TrainTasks.Core.Fingerprints.BuildStamp</c>.
/// </summary>
internal interface ISweepStamp
{
    /// <summary>The sweep's name; outputs sit in <c>&lt;OutputDirectory&gt;/&lt;SweepName&gt;/</c>.</summary>
    string SweepName { get; }

    /// <summary>Full path of the best model, <c>model.bin</c>.</summary>
    string ModelPath { get; }

    /// <summary>Full path of <c>best-params.json</c>.</summary>
    string BestParamsPath { get; }

    /// <summary>Full path of <c>report.md</c>.</summary>
    string ReportPath { get; }

    /// <summary>The metric the sweep optimized, such as <c>accuracy</c>.</summary>
    string ObjectiveMetric { get; }

    /// <summary>The best trial's objective value.</summary>
    double BestValue { get; }

    /// <summary>The best trial's parameters, each as canonical JSON text.</summary>
    IReadOnlyDictionary<string, string> BestParams { get; }

    /// <summary>Full paths of every file the sweep wrote for the build (not the cache).</summary>
    IReadOnlyList<string> OutputPaths { get; }

    /// <summary>
    /// Whether the stamp still holds: same tool version, same arguments, inputs unchanged and
    /// outputs present. When not, <paramref name="reason"/> says what changed.
    /// </summary>
    bool Check(string toolVersion, string arguments, out string reason);
}
