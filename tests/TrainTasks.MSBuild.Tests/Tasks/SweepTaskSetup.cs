using TrainTasks.MSBuild.Tasks;
using TrainTasks.TestKit;

namespace TrainTasks.MSBuild.Tests.Tasks;

/// <summary>
/// A temporary project folder with a spec file, and a <see cref="RunTrainingSweep"/> pointed at
/// the fake tool through a script written there.
/// </summary>
internal sealed class SweepTaskSetup
{
    public SweepTaskSetup(FakeToolScript script, FakeStamp? stamp = null)
    {
        Directory = TestPaths.NewTemporaryDirectory("traintasks-msbuild");
        SpecFile = Path.Combine(Directory, "fashion.sweep.json");
        File.WriteAllText(SpecFile, "{}");
        ScriptPath = script.WriteTo(Directory);
        Stamp = stamp ?? new FakeStamp(holds: false);
        Engine = new RecordingBuildEngine();
        Task = new RunTrainingSweep
        {
            BuildEngine = Engine,
            SpecFile = SpecFile,
            OutputDirectory = Path.Combine(Directory, "bin", "models"),
            StampFile = Path.Combine(Directory, "obj", "traintasks", "fashion.sweep.json.stamp.json"),
            ToolAssembly = FakeTool.AssemblyPath,
            PackageRoot = Directory,
            EnvironmentVariables = [$"{FakeToolScript.ScriptVariable}={ScriptPath}"],
            StampReader = new FakeStampReader(Stamp),
        };
    }

    public string Directory { get; }

    public string SpecFile { get; }

    public string ScriptPath { get; }

    public FakeStamp Stamp { get; }

    public RecordingBuildEngine Engine { get; }

    public RunTrainingSweep Task { get; }

    public IReadOnlyList<string>? RecordedArguments => FakeToolScript.ReadRecordedArguments(ScriptPath);

    public static FakeToolScript Exits(int exitCode, params string[] standardError) =>
        new([], standardError, exitCode);

    public static FakeToolScript Succeeds(params string[] standardError) =>
        new(["trial 1 finished"], standardError, ExitCode: 0, WriteStamp: true);

    public void WriteStampFile()
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(Task.StampFile)!);
        File.WriteAllText(Task.StampFile, "{}");
    }
}
