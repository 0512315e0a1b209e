using TrainTasks.TestKit;

namespace TrainTasks.EndToEnd.Tests;

/// <summary>
/// Packs TrainTasks.MSBuild once per test run into a feed of its own, under a version no other
/// run used, so NuGet's global cache can never hand back a package from an earlier build.
/// </summary>
public sealed class PackageFeedFixture
{
    public PackageFeedFixture()
    {
        Version = $"0.1.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        FeedDirectory = TestPaths.NewTemporaryDirectory("traintasks-feed");
        var project = Path.Combine(TestPaths.RepositoryRoot, "src", "TrainTasks.MSBuild", "TrainTasks.MSBuild.csproj");
        var result = ProcessRunner.Run(
            "dotnet",
            ["pack", project, "-c", "Release", "-o", FeedDirectory, $"-p:PackageVersion={Version}", "-nologo"],
            TestPaths.RepositoryRoot);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack failed ({result.ExitCode}):\n{result.Output}");
        }
    }

    public string Version { get; }

    public string FeedDirectory { get; }
}

/// <summary>The end-to-end tests share one packed feed and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeedFixture>
{
    public const string Name = "package feed";
}
