using TrainTasks.MSBuild.Tasks;

namespace TrainTasks.MSBuild.Tests.Tasks;

public sealed class SweepCommandTests
{
    private static readonly SweepOptions s_options = new(
        ToolAssembly: "/pkg/tools/net10.0/dotnet-train.dll",
        PackageRoot: "/home/u/.nuget/packages/",
        SpecFile: "/src/my app/fashion.sweep.json",
        OutputDirectory: "/src/my app/bin/models/",
        StampFile: "/src/my app/obj/traintasks/fashion.sweep.json.stamp.json",
        CacheDirectory: null,
        Storage: null,
        Trials: null,
        Seed: 42,
        ExtraArguments: []);

    [Fact]
    public void Create_ToolAssembly_StartsWithDotnetExecAndItsCompanionFiles()
    {
        var command = SweepCommand.Create(s_options);

        string[] expected =
        [
            "exec",
            "--runtimeconfig", "/pkg/tools/net10.0/dotnet-train.runtimeconfig.json",
            "--depsfile", "/pkg/tools/net10.0/dotnet-train.deps.json",
            "--additionalprobingpath", "/home/u/.nuget/packages/",
            "/pkg/tools/net10.0/dotnet-train.dll",
            "sweep",
        ];
        Assert.Equal(expected, command.Arguments.Take(expected.Length));
    }

    [Fact]
    public void StampKey_Options_JoinsSweepArgumentsWithoutProgress()
    {
        var command = SweepCommand.Create(s_options);

        var key = command.StampKey;

        Assert.Equal(
            "sweep /src/my app/fashion.sweep.json --out /src/my app/bin/models/ "
            + "--stamp /src/my app/obj/traintasks/fashion.sweep.json.stamp.json --seed 42",
            key);
    }

    [Fact]
    public void ToDisplayString_PathWithSpace_QuotesOnlyThatArgument()
    {
        var command = SweepCommand.Create(s_options);

        var text = command.ToDisplayString();

        Assert.Contains(" sweep \"/src/my app/fashion.sweep.json\" --out ", text, StringComparison.Ordinal);
        Assert.EndsWith(" --seed 42 --progress plain", text, StringComparison.Ordinal);
    }
}
