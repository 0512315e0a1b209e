using TrainTasks.Core.Reports;
using TrainTasks.TestKit;

namespace TrainTasks.Core.Tests.Reports;

public sealed class SweepOutputWriterTests
{
    [Fact]
    public void Write_WithBest_CopiesModelAndWritesAllFiles()
    {
        var directory = TestPaths.NewTemporaryDirectory();
        var model = Path.Combine(directory, "cached-model.bin");
        File.WriteAllBytes(model, [1, 2, 3]);

        var files = SweepOutputWriter.Write(Path.Combine(directory, "out"), ReportFixtures.Summary(), model);

        Assert.Equal([1, 2, 3], File.ReadAllBytes(files.ModelFile!));
        Assert.All(files.All, path => Assert.True(File.Exists(path), path));
    }

    [Fact]
    public void Write_WithoutBest_RemovesStaleModelAndBestParams()
    {
        var directory = TestPaths.NewTemporaryDirectory();
        File.WriteAllText(Path.Combine(directory, SweepOutputWriter.ModelFileName), "old");
        File.WriteAllText(Path.Combine(directory, SweepOutputWriter.BestParamsFileName), "{}");
        var summary = ReportFixtures.Summary() with { Best = null };

        var files = SweepOutputWriter.Write(directory, summary, bestModelFile: null);

        Assert.Null(files.ModelFile);
        Assert.False(File.Exists(Path.Combine(directory, SweepOutputWriter.ModelFileName)));
        Assert.False(File.Exists(Path.Combine(directory, SweepOutputWriter.BestParamsFileName)));
        Assert.True(File.Exists(files.ReportFile));
    }
}
