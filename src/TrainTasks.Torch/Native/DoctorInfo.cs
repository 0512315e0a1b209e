using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Torch.Native;

/// <summary>The state of the native TorchSharp setup, as <c>dotnet train doctor</c> prints it.</summary>
public sealed record DoctorInfo
{
    /// <summary>The load report; null when loading failed.</summary>
    public NativeLoadReport? Report { get; init; }

    /// <summary>Why loading failed; null when it worked.</summary>
    public Diagnostic? Error { get; init; }

    /// <summary>The TorchSharp package version.</summary>
    public string TorchSharpVersion { get; init; } = NativeLibraryLocator.TorchSharpVersion;

    /// <summary>The libtorch package version.</summary>
    public string LibTorchVersion { get; init; } = NativeLibraryLocator.LibTorchVersion;

    /// <summary>The number of threads libtorch uses for one operation; 0 when not loaded.</summary>
    public int Threads { get; init; }

    /// <summary>Whether TorchSharp loaded and created a tensor.</summary>
    public bool IsHealthy => Error is null;

    /// <summary>Makes the info from a successful load.</summary>
    public static DoctorInfo FromReport(NativeLoadReport report, int threads) =>
        new() { Report = report, Threads = threads };

    /// <summary>Makes the info from a failed load.</summary>
    public static DoctorInfo FromError(Diagnostic error) => new() { Error = error };

    /// <summary>The facts as <c>name: value</c> lines, for a terminal.</summary>
    public IReadOnlyList<string> ToLines()
    {
        var lines = new List<string>
        {
            $"TorchSharp: {TorchSharpVersion}",
            $"libtorch: {LibTorchVersion}",
        };
        if (Report is { } report)
        {
            lines.AddRange(DescribeReport(report));
            lines.Add($"threads: {Threads}");
        }

        if (Error is { } error)
        {
            lines.Add($"error: {error.ToCanonicalString()}");
        }

        return lines;
    }

    private static IEnumerable<string> DescribeReport(NativeLoadReport report)
    {
        yield return $"case: {report.Case}";
        yield return $"C++ runtime: {report.CppRuntimePath ?? "(not found)"}";
        yield return $"C++ runtime has {TorchNativeLoader.RequiredCppVersion}: "
            + (report.CppRuntimeHasRequiredVersion ? "yes" : "no");
        yield return $"libtorch folder: {report.Folders?.LibTorchFolder ?? "(not searched)"}";
        yield return $"TorchSharp folder: {report.Folders?.TorchSharpFolder ?? "(not searched)"}";
        yield return $"patched copy: {report.PatchedLibraryPath ?? "(none)"}";
        yield return $"summary: {report.LogLine}";
    }
}
