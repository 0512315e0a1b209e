using TrainTasks.Core.Fingerprints;

namespace TrainTasks.MSBuild.Tasks;

/// <summary>Reads stamps with Core's <see cref="BuildStamp"/>, compiled into this assembly as source.</summary>
internal sealed class BuildStampReader : IStampReader
{
    /// <inheritdoc />
    public ISweepStamp? TryRead(string path) =>
        BuildStamp.TryRead(path) is { } stamp ? new BuildStampView(stamp) : null;

    private sealed class BuildStampView(BuildStamp stamp) : ISweepStamp
    {
        public string SweepName => stamp.SweepName;

        public string ModelPath => stamp.ModelPath ?? string.Empty;

        public string BestParamsPath => stamp.BestParamsPath ?? string.Empty;

        public string ReportPath => stamp.ReportPath ?? string.Empty;

        public string ObjectiveMetric => stamp.ObjectiveMetric ?? string.Empty;

        public double BestValue => stamp.BestValue ?? double.NaN;

        public IReadOnlyDictionary<string, string> BestParams => stamp.BestParameters;

        public IReadOnlyList<string> OutputPaths => stamp.Outputs.Select(output => output.Path).ToList();

        public bool Check(string toolVersion, string arguments, out string reason) =>
            stamp.Check(toolVersion, arguments, out reason);
    }
}
