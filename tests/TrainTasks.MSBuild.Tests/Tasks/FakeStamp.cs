using TrainTasks.MSBuild.Tasks;

namespace TrainTasks.MSBuild.Tests.Tasks;

/// <summary>A stamp whose check answers as told and remembers what it was asked.</summary>
internal sealed class FakeStamp(bool holds) : ISweepStamp
{
    public string SweepName { get; init; } = "fashion";

    public string ModelPath { get; init; } = "/out/models/fashion/model.bin";

    public string BestParamsPath { get; init; } = "/out/models/fashion/best-params.json";

    public string ReportPath { get; init; } = "/out/models/fashion/report.md";

    public string ObjectiveMetric { get; init; } = "accuracy";

    public double BestValue { get; init; } = 0.875;

    public IReadOnlyDictionary<string, string> BestParams { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> OutputPaths { get; init; } = [];

    public List<(string ToolVersion, string Arguments)> Checks { get; } = [];

    public bool Check(string toolVersion, string arguments, out string reason)
    {
        Checks.Add((toolVersion, arguments));
        reason = holds ? string.Empty : "the spec changed";
        return holds;
    }
}
