using TrainTasks.Core.Fingerprints;
using TrainTasks.TestKit;

namespace TrainTasks.Core.Tests.Fingerprints;

public sealed class BuildStampTests : IDisposable
{
    private const string Arguments = "sweep \"/p/fashion.sweep.json\" --out \"/p/bin/models\"";
    private static readonly DateTime s_time = new(2024, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private readonly string _directory = TestPaths.NewTemporaryDirectory("traintasks-stamp");

    public BuildStampTests()
    {
        WriteFile("spec.json", "{\"name\":\"fashion\"}", s_time);
        WriteFile("model.bin", "model bytes", s_time);
    }

    private string Spec => Path.Combine(_directory, "spec.json");

    private string Model => Path.Combine(_directory, "model.bin");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Check_NothingChanged_IsUpToDateWithEmptyReason()
    {
        var stamp = NewStamp();

        var upToDate = stamp.Check("0.1.0", Arguments, out var reason, [Spec]);

        Assert.True(upToDate);
        Assert.Equal(string.Empty, reason);
    }

    [Fact]
    public void Check_ToolVersionChanged_IsNotUpToDate()
    {
        var stamp = NewStamp();

        var upToDate = stamp.Check("0.2.0", Arguments, out var reason);

        Assert.False(upToDate);
        Assert.Contains("0.2.0", reason);
    }

    [Fact]
    public void Check_ArgumentsChanged_IsNotUpToDate()
    {
        var stamp = NewStamp();

        var upToDate = stamp.Check("0.1.0", Arguments + " --trials 50", out var reason);

        Assert.False(upToDate);
        Assert.Contains("arguments", reason);
    }

    [Fact]
    public void Check_OtherInputSet_IsNotUpToDate()
    {
        var stamp = NewStamp();
        var extra = WriteFile("extra.csv", "1,2", s_time);

        var upToDate = stamp.Check("0.1.0", Arguments, out var reason, [Spec, extra]);

        Assert.False(upToDate);
        Assert.Contains("set of input files", reason);
    }

    [Fact]
    public void Check_OutputMissing_IsNotUpToDate()
    {
        var stamp = NewStamp();
        File.Delete(Model);

        var upToDate = stamp.Check("0.1.0", Arguments, out var reason);

        Assert.False(upToDate);
        Assert.Contains("missing", reason);
    }

    [Fact]
    public void Check_OutputRewrittenWithOtherTime_IsNotUpToDate()
    {
        var stamp = NewStamp();
        File.SetLastWriteTimeUtc(Model, s_time.AddSeconds(5));

        var upToDate = stamp.Check("0.1.0", Arguments, out var reason);

        Assert.False(upToDate);
        Assert.Contains(Model, reason);
    }

    [Fact]
    public void Check_InputMissing_IsNotUpToDate()
    {
        var stamp = NewStamp();
        File.Delete(Spec);

        var upToDate = stamp.Check("0.1.0", Arguments, out var reason);

        Assert.False(upToDate);
        Assert.Contains(Spec, reason);
    }

    [Fact]
    public void Check_InputTouchedWithoutChange_IsUpToDate()
    {
        var stamp = NewStamp();
        File.SetLastWriteTimeUtc(Spec, s_time.AddMinutes(1));

        var upToDate = stamp.Check("0.1.0", Arguments, out _);

        Assert.True(upToDate);
    }

    [Fact]
    public void Check_InputChangedKeepingItsSize_IsNotUpToDate()
    {
        var stamp = NewStamp();
        WriteFile("spec.json", "{\"name\":\"fashiOn\"}", s_time.AddMinutes(1));

        var upToDate = stamp.Check("0.1.0", Arguments, out var reason);

        Assert.False(upToDate);
        Assert.Contains("changed", reason);
    }

    [Fact]
    public void Check_InputGrew_IsNotUpToDate()
    {
        var stamp = NewStamp();
        WriteFile("spec.json", "{\"name\":\"fashion\", \"trials\": 5}", s_time);

        var upToDate = stamp.Check("0.1.0", Arguments, out _);

        Assert.False(upToDate);
    }

    [Fact]
    public void TryRead_AfterWrite_RoundTripsEveryField()
    {
        var stamp = NewStamp();
        var path = Path.Combine(_directory, "obj", "fashion.stamp.json");

        stamp.Write(path);
        var read = BuildStamp.TryRead(path);

        Assert.NotNull(read);
        Assert.Equal(stamp.Inputs, read.Inputs);
        Assert.Equal(stamp.Outputs, read.Outputs);
        Assert.Equal(stamp.BestParameters, read.BestParameters);
        Assert.Equal(
            stamp with { Inputs = read.Inputs, Outputs = read.Outputs, BestParameters = read.BestParameters },
            read);
        Assert.Equal(["fashion.stamp.json"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{\"toolVersion\":\"0.1.0\",\"argu")]
    [InlineData("{}")]
    [InlineData("[1,2]")]
    public void TryRead_MissingOrCorruptFile_ReturnsNull(string? content)
    {
        var path = Path.Combine(_directory, "stamp.json");
        if (content is not null)
        {
            File.WriteAllText(path, content);
        }

        var stamp = BuildStamp.TryRead(path);

        Assert.Null(stamp);
    }

    private BuildStamp NewStamp() => new()
    {
        ToolVersion = "0.1.0",
        Arguments = Arguments,
        Inputs = [BuildStampFile.ForInput(Spec)],
        Outputs = [BuildStampFile.ForOutput(Model)],
        SweepName = "fashion",
        ModelPath = Model,
        BestParamsPath = Path.Combine(_directory, "best-params.json"),
        ReportPath = Path.Combine(_directory, "report.md"),
        ObjectiveMetric = "val_accuracy",
        BestValue = 0.1 + 0.7,
        BestParameters = new Dictionary<string, string> { ["lr"] = "0.001", ["hidden"] = "[64,32]" },
    };

    private string WriteFile(string name, string content, DateTime lastWriteUtc)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, lastWriteUtc);
        return path;
    }
}
