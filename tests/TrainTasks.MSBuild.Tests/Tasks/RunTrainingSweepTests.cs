using TrainTasks.TestKit;

namespace TrainTasks.MSBuild.Tests.Tasks;

public sealed class RunTrainingSweepTests
{
    [Fact]
    public void Execute_ToolPrintsCanonicalError_LogsItWithCodeFileAndPosition()
    {
        var setup = new SweepTaskSetup(SweepTaskSetup.Exits(
            exitCode: 2,
            "/data/fashion.sweep.json(14,9): error TT1104: $.space.lr: log scale needs a lower bound above 0"));

        var succeeded = setup.Task.Execute();

        Assert.False(succeeded);
        var error = Assert.Single(setup.Engine.Errors);
        Assert.Equal("TT1104", error.Code);
        Assert.Equal("/data/fashion.sweep.json", error.File);
        Assert.Equal(14, error.LineNumber);
        Assert.Equal(9, error.ColumnNumber);
    }

    [Fact]
    public void Execute_ToolPrintsCanonicalWarningAndSucceeds_LogsWarningAndReturnsTrue()
    {
        var setup = new SweepTaskSetup(SweepTaskSetup.Succeeds(
            "dotnet-train: warning TT3104: the grid has 4 points but 10 trials were asked for"));

        var succeeded = setup.Task.Execute();

        Assert.True(succeeded);
        Assert.Empty(setup.Engine.Errors);
        Assert.Equal("TT3104", Assert.Single(setup.Engine.Warnings).Code);
    }

    [Theory]
    [InlineData(1, "TT2010")]
    [InlineData(2, "TT2011")]
    [InlineData(3, "TT2012")]
    [InlineData(4, "TT2013")]
    [InlineData(5, "TT2014")]
    [InlineData(130, "TT2015")]
    [InlineData(7, "TT2016")]
    public void Execute_ToolFailsWithoutReportingError_LogsCodeOfExitCode(int exitCode, string expectedCode)
    {
        var setup = new SweepTaskSetup(SweepTaskSetup.Exits(exitCode));

        var succeeded = setup.Task.Execute();

        Assert.False(succeeded);
        Assert.Equal([expectedCode], setup.Engine.ErrorCodes);
        Assert.Equal(exitCode, setup.Task.ExitCode);
    }

    [Fact]
    public void Execute_StampHolds_DoesNotStartToolAndSucceeds()
    {
        var setup = new SweepTaskSetup(SweepTaskSetup.Succeeds(), new FakeStamp(holds: true));
        setup.WriteStampFile();

        var succeeded = setup.Task.Execute();

        Assert.True(succeeded);
        Assert.Null(setup.RecordedArguments);
        Assert.Empty(setup.Engine.Errors);
        Assert.Single(setup.Stamp.Checks);
    }

    [Fact]
    public void Execute_StampNoLongerHolds_StartsTool()
    {
        var setup = new SweepTaskSetup(SweepTaskSetup.Succeeds(), new FakeStamp(holds: false));
        setup.WriteStampFile();

        var succeeded = setup.Task.Execute();

        Assert.True(succeeded);
        Assert.NotNull(setup.RecordedArguments);
    }

    [Fact]
    public void Execute_NoStampYet_StartsTool()
    {
        var setup = new SweepTaskSetup(SweepTaskSetup.Succeeds(), new FakeStamp(holds: true));

        var succeeded = setup.Task.Execute();

        Assert.True(succeeded);
        Assert.NotNull(setup.RecordedArguments);
        Assert.Empty(setup.Stamp.Checks);
    }

    [Fact]
    public void Execute_StampChecked_ReceivesToolVersionAndSweepArguments()
    {
        var setup = new SweepTaskSetup(SweepTaskSetup.Succeeds(), new FakeStamp(holds: true));
        setup.WriteStampFile();
        setup.Task.Trials = "12";
        var expectedArguments = $"sweep {setup.SpecFile} --out {setup.Task.OutputDirectory} "
            + $"--stamp {setup.Task.StampFile} --trials 12";

        setup.Task.Execute();

        var check = Assert.Single(setup.Stamp.Checks);
        Assert.Equal("9.9.9-fake", check.ToolVersion);
        Assert.Equal(expectedArguments, check.Arguments);
    }

    [Fact]
    public void Execute_ToolStarted_PassesSweepArgumentsInOrder()
    {
        var setup = new SweepTaskSetup(SweepTaskSetup.Succeeds());
        setup.Task.Trials = "12";
        setup.Task.Seed = "3";
        setup.Task.CacheDirectory = "/cache dir";
        setup.Task.Storage = "postgresql://127.0.0.1/study";
        setup.Task.ExtraArguments = ["--verbosity", "detailed"];

        setup.Task.Execute();

        string[] expected =
        [
            "sweep", setup.SpecFile,
            "--out", setup.Task.OutputDirectory,
            "--stamp", setup.Task.StampFile,
            "--cache-dir", "/cache dir",
            "--storage", "postgresql://127.0.0.1/study",
            "--trials", "12",
            "--seed", "3",
            "--verbosity", "detailed",
            "--progress", "plain",
        ];
        Assert.Equal(expected, setup.RecordedArguments);
    }

    [Fact]
    public void Execute_SpecFileMissing_LogsTT2001WithoutStartingTool()
    {
        var setup = new SweepTaskSetup(SweepTaskSetup.Succeeds());
        File.Delete(setup.SpecFile);

        var succeeded = setup.Task.Execute();

        Assert.False(succeeded);
        Assert.Equal(["TT2001"], setup.Engine.ErrorCodes);
        Assert.Null(setup.RecordedArguments);
    }

    [Fact]
    public void Execute_ToolAssemblyMissing_LogsTT2002()
    {
        var setup = new SweepTaskSetup(SweepTaskSetup.Succeeds());
        setup.Task.ToolAssembly = Path.Combine(setup.Directory, "dotnet-train.dll");

        var succeeded = setup.Task.Execute();

        Assert.False(succeeded);
        Assert.Equal(["TT2002"], setup.Engine.ErrorCodes);
    }

    [Fact]
    public void Execute_ToolRuntimeConfigMissing_LogsTT2003()
    {
        var setup = new SweepTaskSetup(SweepTaskSetup.Succeeds());
        var toolCopy = Path.Combine(setup.Directory, "fake-train.dll");
        File.Copy(FakeTool.AssemblyPath, toolCopy);
        File.Copy(
            Path.ChangeExtension(FakeTool.AssemblyPath, ".deps.json"),
            Path.ChangeExtension(toolCopy, ".deps.json"));
        setup.Task.ToolAssembly = toolCopy;

        var succeeded = setup.Task.Execute();

        Assert.False(succeeded);
        Assert.Equal(["TT2003"], setup.Engine.ErrorCodes);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("1.5")]
    [InlineData("ten")]
    [InlineData("1000001")]
    public void Execute_TrialsInvalid_LogsTT2004WithoutStartingTool(string trials)
    {
        var setup = new SweepTaskSetup(SweepTaskSetup.Succeeds());
        setup.Task.Trials = trials;

        var succeeded = setup.Task.Execute();

        Assert.False(succeeded);
        Assert.Equal(["TT2004"], setup.Engine.ErrorCodes);
        Assert.Null(setup.RecordedArguments);
    }

    [Theory]
    [InlineData("-2147483649")]
    [InlineData("2147483648")]
    [InlineData("0x10")]
    public void Execute_SeedInvalid_LogsTT2005(string seed)
    {
        var setup = new SweepTaskSetup(SweepTaskSetup.Succeeds());
        setup.Task.Seed = seed;

        var succeeded = setup.Task.Execute();

        Assert.False(succeeded);
        Assert.Equal(["TT2005"], setup.Engine.ErrorCodes);
    }

    [Fact]
    public void Execute_SeveralBadValues_LogsEveryProblem()
    {
        var setup = new SweepTaskSetup(SweepTaskSetup.Succeeds());
        File.Delete(setup.SpecFile);
        setup.Task.Trials = "none";
        setup.Task.Seed = "minus one";

        var succeeded = setup.Task.Execute();

        Assert.False(succeeded);
        Assert.Equal(["TT2001", "TT2004", "TT2005"], setup.Engine.ErrorCodes);
    }

    [Fact]
    public void Execute_PackageRootMissing_LogsTT2007()
    {
        var setup = new SweepTaskSetup(SweepTaskSetup.Succeeds());
        setup.Task.PackageRoot = Path.Combine(setup.Directory, "no-such-folder");

        var succeeded = setup.Task.Execute();

        Assert.False(succeeded);
        Assert.Equal(["TT2007"], setup.Engine.ErrorCodes);
    }

    [Fact]
    public void Execute_ToolSucceedsButWritesNoStamp_LogsTT2020()
    {
        var setup = new SweepTaskSetup(new FakeToolScript([], [], ExitCode: 0, WriteStamp: false));

        var succeeded = setup.Task.Execute();

        Assert.False(succeeded);
        Assert.Equal(["TT2020"], setup.Engine.ErrorCodes);
        Assert.Null(setup.Task.Model);
    }

    [Fact]
    public void Execute_StampHolds_ModelCarriesResultsAsMetadata()
    {
        var stamp = new FakeStamp(holds: true)
        {
            BestValue = 0.8125,
            BestParams = new Dictionary<string, string>
            {
                ["learningRate"] = "0.001",
                ["model.hidden"] = "[64,32]",
            },
        };
        var setup = new SweepTaskSetup(SweepTaskSetup.Succeeds(), stamp);
        setup.WriteStampFile();

        setup.Task.Execute();

        var model = setup.Task.Model;
        Assert.NotNull(model);
        Assert.Equal("/out/models/fashion/model.bin", model.ItemSpec);
        Assert.Equal("0.8125", model.GetMetadata("BestValue"));
        Assert.Equal("accuracy", model.GetMetadata("Objective"));
        Assert.Equal("fashion", model.GetMetadata("SweepName"));
        Assert.Equal("/out/models/fashion/best-params.json", model.GetMetadata("BestParamsFile"));
        Assert.Equal("/out/models/fashion/report.md", model.GetMetadata("ReportFile"));
        Assert.Equal("0.001", model.GetMetadata("Param_learningRate"));
        Assert.Equal("[64,32]", model.GetMetadata("Param_model_hidden"));
    }

    [Fact]
    public void Execute_ToolRan_OutputFilesListStampOutputsThenStamp()
    {
        var stamp = new FakeStamp(holds: false)
        {
            OutputPaths = ["/out/models/fashion/model.bin", "/out/models/fashion/report.md"],
        };
        var setup = new SweepTaskSetup(SweepTaskSetup.Succeeds(), stamp);

        setup.Task.Execute();

        string[] expected = ["/out/models/fashion/model.bin", "/out/models/fashion/report.md", setup.Task.StampFile];
        Assert.Equal(expected, setup.Task.OutputFiles.Select(item => item.ItemSpec));
    }
}
