using System.Reflection;
using TorchSharp;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Torch.Native;

/// <summary>Finds the folders that hold libtorch's and TorchSharp's native libraries.</summary>
public static class NativeLibraryLocator
{
    /// <summary>The file name of TorchSharp's native library on Linux.</summary>
    public const string TorchSharpLibraryName = "libLibTorchSharp.so";

    /// <summary>The libtorch libraries, other than libgomp, loaded ahead of TorchSharp, in load order.</summary>
    public static IReadOnlyList<string> LibTorchLibraryNames { get; } = ["libc10.so", "libtorch_cpu.so", "libtorch.so"];

    /// <summary>The search pattern of libtorch's bundled OpenMP runtime (its name carries a hash).</summary>
    public const string GompPattern = "libgomp-*.so.1";

    private const string RuntimeFolder = "runtimes/linux-x64/native";

    /// <summary>The version of the TorchSharp package, from its assembly (such as <c>0.107.0</c>).</summary>
    public static string TorchSharpVersion { get; } = ReadTorchSharpVersion();

    /// <summary>The version of the libtorch package this build references (such as <c>2.10.0</c>).</summary>
    public static string LibTorchVersion { get; } = typeof(NativeLibraryLocator).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(attribute => attribute.Key == "LibTorchVersion")?.Value ?? "2.10.0";

    /// <summary>
    /// The folders to search, in order: the host's native search folders, the application folder and its
    /// <c>runtimes/linux-x64/native</c>, then the NuGet packages folder (<c>NUGET_PACKAGES</c>, else
    /// <c>~/.nuget/packages</c>) under the libtorch and TorchSharp packages.
    /// </summary>
    public static IReadOnlyList<string> CandidateFolders()
    {
        var hostFolders = (AppContext.GetData("NATIVE_DLL_SEARCH_DIRECTORIES") as string ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var appFolders = new[] { AppContext.BaseDirectory, Path.Combine(AppContext.BaseDirectory, RuntimeFolder) };
        var packages = NuGetPackagesFolder();
        var packageFolders = new[]
        {
            Path.Combine(packages, "libtorch-cpu-linux-x64", LibTorchVersion, RuntimeFolder),
            Path.Combine(packages, "torchsharp", TorchSharpVersion, RuntimeFolder),
        };
        return hostFolders.Concat(appFolders).Concat(packageFolders)
            .Select(folder => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Finds the first folder holding all libtorch libraries and the first holding TorchSharp's.</summary>
    /// <param name="candidates">The folders to search, in order.</param>
    /// <exception cref="TrainTasksException">TT4001: a library is in none of the folders.</exception>
    public static NativeLibraryFolders Locate(IReadOnlyList<string> candidates)
    {
        var libTorch = candidates.FirstOrDefault(HoldsLibTorch);
        var torchSharp = candidates.FirstOrDefault(
            folder => File.Exists(Path.Combine(folder, TorchSharpLibraryName)));
        if (libTorch is null || torchSharp is null)
        {
            var missing = (libTorch is null ? LibTorchLibraryNames.Append(GompPattern) : [])
                .Concat(torchSharp is null ? [TorchSharpLibraryName] : Array.Empty<string>());
            throw new TrainTasksException(Messages.Native_LibrariesNotFound(missing, candidates));
        }

        return new NativeLibraryFolders(libTorch, torchSharp, candidates);
    }

    /// <summary>The path of libtorch's OpenMP runtime in <paramref name="folder"/>, if there is one.</summary>
    public static string? FindGomp(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, GompPattern).Order(StringComparer.Ordinal).FirstOrDefault()
            : null;

    private static bool HoldsLibTorch(string folder) =>
        LibTorchLibraryNames.All(name => File.Exists(Path.Combine(folder, name))) && FindGomp(folder) is not null;

    private static string NuGetPackagesFolder()
    {
        var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
            : configured;
    }

    private static string ReadTorchSharpVersion()
    {
        var version = typeof(torch).Assembly.GetName().Version;
        return version is null ? "0.107.0" : $"{version.Major}.{version.Minor}.{version.Build}";
    }
}
