using System.Diagnostics;
using System.Text;

namespace TrainTasks.EndToEnd.Tests;

/// <summary>The dotnet-train tool as the packed TrainTasks.MSBuild delivers it into NuGet's cache.</summary>
internal sealed class PackedTool
{
    private readonly string _assembly;
    private readonly string _packageRoot;

    private PackedTool(string assembly, string packageRoot)
    {
        _assembly = assembly;
        _packageRoot = packageRoot;
    }

    /// <summary>Restores <paramref name="project"/>, which brings the package into the cache.</summary>
    public static PackedTool Restore(ThrowAwayProject project, PackageFeedFixture feed)
    {
        var restore = ProcessRunner.Run("dotnet", ["restore", project.Directory], project.Directory);
        Assert.True(restore.ExitCode == 0, restore.Output);
        var packageRoot = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var assembly = Path.Combine(
            packageRoot, "traintasks.msbuild", feed.Version, "tools", "net10.0", "dotnet-train.dll");
        Assert.True(File.Exists(assembly), assembly);
        return new PackedTool(assembly, packageRoot);
    }

    public ProcessResult Run(ThrowAwayProject project, params string[] arguments) =>
        ProcessRunner.Run("dotnet", HostArguments(arguments), project.Directory);

    public Process Start(ThrowAwayProject project, out StringBuilder output, params string[] arguments) =>
        ProcessRunner.Start("dotnet", HostArguments(arguments), project.Directory, out output);

    private IEnumerable<string> HostArguments(string[] arguments)
    {
        var directory = Path.GetDirectoryName(_assembly)!;
        return new[]
        {
            "exec",
            "--runtimeconfig", Path.Combine(directory, "dotnet-train.runtimeconfig.json"),
            "--depsfile", Path.Combine(directory, "dotnet-train.deps.json"),
            "--additionalprobingpath", _packageRoot,
            _assembly,
        }.Concat(arguments);
    }
}
