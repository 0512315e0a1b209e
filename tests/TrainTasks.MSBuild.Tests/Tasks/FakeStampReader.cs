using TrainTasks.MSBuild.Tasks;

namespace TrainTasks.MSBuild.Tests.Tasks;

/// <summary>Hands out <paramref name="stamp"/> whenever a file exists at the stamp path.</summary>
internal sealed class FakeStampReader(ISweepStamp stamp) : IStampReader
{
    public ISweepStamp? TryRead(string path) => File.Exists(path) ? stamp : null;
}
