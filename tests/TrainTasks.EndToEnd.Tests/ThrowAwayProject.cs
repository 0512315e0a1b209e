using System.Text.RegularExpressions;
using TrainTasks.TestKit;

namespace TrainTasks.EndToEnd.Tests;

/// <summary>
/// A project in a temporary folder that uses the packed TrainTasks.MSBuild the way a user's
/// project would, with a small grid sweep over the digits data and a cache of its own.
/// </summary>
internal sealed class ThrowAwayProject
{
    public const string SpecFileName = DigitsSweep.SpecFileName;

    private ThrowAwayProject(string directory, string cacheDirectory)
    {
        Directory = directory;
        CacheDirectory = cacheDirectory;
    }

    public string Directory { get; }

    public string CacheDirectory { get; }

    public string SpecPath => Path.Combine(Directory, SpecFileName);

    public string ModelsDirectory => Path.Combine(Directory, "bin", "Debug", "net10.0", "models", "digits");

    public static ThrowAwayProject Create(PackageFeedFixture feed, string? cacheDirectory = null)
    {
        var directory = TestPaths.NewTemporaryDirectory("traintasks-e2e");
        var project = new ThrowAwayProject(directory, cacheDirectory ?? Path.Combine(directory, "cache"));
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "nuget.config"), NuGetConfig(feed.FeedDirectory));
        File.WriteAllText(Path.Combine(directory, "Digits.csproj"), ProjectFile(feed.Version));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), "return 0;\n");
        DigitsSweep.WriteTo(directory);
        return project;
    }

    public ProcessResult Build(params string[] properties) => ProcessRunner.Run(
        "dotnet",
        new[] { "build", Directory, "-nologo", "-v:n", $"-p:TrainTasksCacheDir={CacheDirectory}" }
            .Concat(properties.Select(property => $"-p:{property}")),
        Directory);

    public void EditSpec(Func<string, string> edit) => File.WriteAllText(SpecPath, edit(File.ReadAllText(SpecPath)));

    public string ReadOutput(string fileName) => File.ReadAllText(Path.Combine(ModelsDirectory, fileName));

    /// <summary>The trials.csv rows as (parameters, from cache) pairs, in trial order.</summary>
    public IReadOnlyList<(string Parameters, bool FromCache)> Trials()
    {
        var lines = ReadOutput("trials.csv").TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        var fromCache = Array.IndexOf(header, "from_cache");
        return lines.Skip(1)
            .Select(line => Regex.Split(line, ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"))
            .Select(cells => ($"{cells[5]} {cells[6]}", cells[fromCache] == "true"))
            .ToArray();
    }

    private static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
            <add key="traintasks-e2e" value="{feed}" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="traintasks-e2e"><package pattern="TrainTasks.*" /></packageSource>
            <packageSource key="nuget.org"><package pattern="*" /></packageSource>
          </packageSourceMapping>
        </configuration>
        """;

    private static string ProjectFile(string version) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="TrainTasks.MSBuild" Version="{version}" PrivateAssets="all" />
            <TrainingSweep Include="{SpecFileName}" />
          </ItemGroup>
        </Project>
        """;
}
