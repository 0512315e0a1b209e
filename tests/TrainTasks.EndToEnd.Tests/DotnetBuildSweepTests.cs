using System.Text.Json;

namespace TrainTasks.EndToEnd.Tests;

/// <summary>
/// A user's project that references the packed TrainTasks.MSBuild and declares a sweep:
/// dotnet build trains, a second build trains nothing, an edit re-runs only what it touches,
/// a broken spec stops the build with a coded error pointing into the spec.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class DotnetBuildSweepTests
{
    private readonly PackageFeedFixture _feed;

    public DotnetBuildSweepTests(PackageFeedFixture feed)
    {
        _feed = feed;
    }

    [Fact]
    public void Build_Twice_SecondBuildTrainsNothing()
    {
        var project = ThrowAwayProject.Create(_feed);

        var first = project.Build();
        var modelWritten = File.GetLastWriteTimeUtc(Path.Combine(project.ModelsDirectory, "model.bin"));
        var second = project.Build();

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("up to date, nothing trained", second.Output);
        Assert.Equal(modelWritten, File.GetLastWriteTimeUtc(Path.Combine(project.ModelsDirectory, "model.bin")));
        Assert.Equal(4, project.Trials().Count);
        Assert.All(project.Trials(), trial => Assert.False(trial.FromCache));
    }

    [Fact]
    public void Build_BestParams_HoldParamsValueAndTestAccuracy()
    {
        var project = ThrowAwayProject.Create(_feed);

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        using var bestParams = JsonDocument.Parse(project.ReadOutput("best-params.json"));
        var root = bestParams.RootElement;
        var value = root.GetProperty("value").GetDouble();
        Assert.InRange(value, 0.5, 1.0);
        Assert.Equal(value, root.GetProperty("metrics").GetProperty("val_accuracy").GetDouble());
        Assert.InRange(root.GetProperty("metrics").GetProperty("test_accuracy").GetDouble(), 0.5, 1.0);
        Assert.True(root.GetProperty("params").TryGetProperty("learningRate", out _));
        Assert.Contains("| epoch |", project.ReadOutput("report.md"));
    }

    [Fact]
    public void Build_AfterChangingOneChoice_RerunsOnlyTheTrialsThatUseIt()
    {
        var project = ThrowAwayProject.Create(_feed);
        Assert.Equal(0, project.Build().ExitCode);
        project.EditSpec(text => text.Replace("\"choices\": [0.003, 0.01]", "\"choices\": [0.003, 0.02]"));

        var rebuild = project.Build();

        Assert.True(rebuild.ExitCode == 0, rebuild.Output);
        var trials = project.Trials();
        Assert.Equal(4, trials.Count);
        Assert.Equal(2, trials.Count(trial => trial.FromCache));
        Assert.All(trials.Where(trial => trial.FromCache), trial => Assert.StartsWith("0.003", trial.Parameters));
    }

    [Fact]
    public void Build_SpecWithTypo_FailsWithCodedErrorAtFileAndLineAndCachesNothing()
    {
        var project = ThrowAwayProject.Create(_feed);
        project.EditSpec(text => text.Replace("\"epochs\": 2", "\"epochz\": 2"));

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        var line = File.ReadAllLines(project.SpecPath).ToList().FindIndex(text => text.Contains("epochz")) + 1;
        Assert.Matches($@"digits\.sweep\.json\({line},\d+\): error TT1\d{{3}}: \$\.training\.epochz", build.Output);
        Assert.False(Directory.Exists(project.CacheDirectory));
        Assert.False(File.Exists(Path.Combine(project.ModelsDirectory, "model.bin")));
    }

    [Fact]
    public void Build_TwoClonesWithSeparateCaches_GiveTheSameTrialsAndIdenticalModelBytes()
    {
        var first = ThrowAwayProject.Create(_feed);
        var second = ThrowAwayProject.Create(_feed);

        Assert.Equal(0, first.Build().ExitCode);
        Assert.Equal(0, second.Build().ExitCode);

        Assert.Equal(first.Trials(), second.Trials());
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(first.ModelsDirectory, "model.bin")),
            File.ReadAllBytes(Path.Combine(second.ModelsDirectory, "model.bin")));
    }

    [Fact]
    public void Build_DesignTime_TrainsNothing()
    {
        var project = ThrowAwayProject.Create(_feed);

        var build = project.Build("DesignTimeBuild=true");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.False(Directory.Exists(project.CacheDirectory));
        Assert.False(Directory.Exists(project.ModelsDirectory));
    }

    [Fact]
    public void Build_TrialsProperty_OverridesTheBudget()
    {
        var project = ThrowAwayProject.Create(_feed);

        var build = project.Build("TrainTasksTrials=2");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Equal(2, project.Trials().Count);
    }

    [Fact]
    public void Clean_AfterBuild_RemovesOutputsButKeepsTheCache()
    {
        var project = ThrowAwayProject.Create(_feed);
        Assert.Equal(0, project.Build().ExitCode);

        var clean = ProcessRunner.Run("dotnet", ["clean", project.Directory, "-nologo"], project.Directory);

        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.False(File.Exists(Path.Combine(project.ModelsDirectory, "model.bin")));
        Assert.Contains(
            Directory.GetDirectories(project.CacheDirectory),
            path => !Path.GetFileName(path).StartsWith('.'));
    }
}
