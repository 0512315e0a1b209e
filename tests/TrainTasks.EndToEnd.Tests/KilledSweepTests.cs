using System.Diagnostics;

namespace TrainTasks.EndToEnd.Tests;

/// <summary>
/// The packed tool killed with SIGKILL in the middle of a trial: the next run reuses the
/// finished trials, runs the killed one again, trusts nothing half-written, and ends with the
/// same trials as a run that was never interrupted.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class KilledSweepTests
{
    private static readonly TimeSpan s_patience = TimeSpan.FromMinutes(2);
    private readonly PackageFeedFixture _feed;

    public KilledSweepTests(PackageFeedFixture feed)
    {
        _feed = feed;
    }

    [Fact]
    public void Sweep_KilledDuringSecondTrial_ResumesWithTheSameTrials()
    {
        var killed = SlowProject();
        var tool = PackedTool.Restore(killed, _feed);
        KillDuringSecondTrial(tool, killed);

        var resumed = tool.Run(
            killed, "sweep", killed.SpecPath, "--cache-dir", killed.CacheDirectory, "--progress", "plain");
        var verify = tool.Run(killed, "cache", "verify", "--cache-dir", killed.CacheDirectory);
        var uninterrupted = SlowProject();
        var clean = tool.Run(
            uninterrupted, "sweep", uninterrupted.SpecPath, "--cache-dir", uninterrupted.CacheDirectory);

        Assert.True(resumed.ExitCode == 0, resumed.Output);
        Assert.Contains("(3 trained, 0 from cache, 1 reused from the study)", resumed.Output);
        Assert.Contains("4 of 4 entries are intact", verify.Output);
        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.Equal(Trials(uninterrupted), Trials(killed));
    }

    private ThrowAwayProject SlowProject()
    {
        var project = ThrowAwayProject.Create(_feed);
        project.EditSpec(text => text.Replace("\"epochs\": 2", "\"epochs\": 150"));
        return project;
    }

    private static void KillDuringSecondTrial(PackedTool tool, ThrowAwayProject project)
    {
        using var process = tool.Start(
            project,
            out var output,
            "sweep", project.SpecPath, "--cache-dir", project.CacheDirectory, "--progress", "plain", "-v", "detailed");
        var watch = Stopwatch.StartNew();
        while (!SecondTrialIsTraining(output) && watch.Elapsed < s_patience && !process.HasExited)
        {
            Thread.Sleep(20);
        }

        Assert.False(process.HasExited, $"The sweep ended before it could be killed:\n{output}");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    private static bool SecondTrialIsTraining(System.Text.StringBuilder output)
    {
        lock (output)
        {
            var text = output.ToString();
            var start = text.IndexOf("trial 2/4 (#1):", StringComparison.Ordinal);
            return start >= 0 && text.IndexOf("epoch 3:", start, StringComparison.Ordinal) >= 0;
        }
    }

    private static string[] Trials(ThrowAwayProject project) =>
        File.ReadAllLines(Path.Combine(project.Directory, "models", "digits", "trials.csv"))
            .Skip(1)
            .Select(line => string.Join(',', line.Split(',').Skip(4).Take(3)))
            .ToArray();
}
