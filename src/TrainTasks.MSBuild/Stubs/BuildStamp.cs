namespace TrainTasks.Core.Fingerprints;

/// <summary>
/// Stands in for Core's <c>BuildStamp</c> while that file is not in the source tree; the
/// project file compiles this copy only then, and links the real one as source once it exists.
/// </summary>
/// <remarks>
/// Limitation: this copy reads no stamp, so until the real one lands every build starts the
/// tool, and a successful run ends with TT2020 because no stamp can be read back.
/// </remarks>
internal sealed class BuildStamp
{
    private BuildStamp()
    {
    }

    public string SweepName { get; } = string.Empty;

    public string ModelPath { get; } = string.Empty;

    public string BestParamsPath { get; } = string.Empty;

    public string ReportPath { get; } = string.Empty;

    public string ObjectiveMetric { get; } = string.Empty;

    public double BestValue { get; }

    public IReadOnlyDictionary<string, string> BestParams { get; } = new Dictionary<string, string>();

    public IReadOnlyList<Output> Outputs { get; } = [];

    public static BuildStamp? TryRead(string path) => null;

    public bool Check(string toolVersion, string arguments, out string reason)
    {
        reason = "no stamp reader in this build";
        return false;
    }

    public sealed record Output(string Path);
}
