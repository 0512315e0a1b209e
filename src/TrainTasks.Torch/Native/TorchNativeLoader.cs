using System.Runtime.InteropServices;
using TorchSharp;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Torch.Native;

/// <summary>
/// Makes TorchSharp's native library loadable before the first TorchSharp call, with no manual step.
/// </summary>
/// <remarks>
/// Workaround: <c>libLibTorchSharp.so</c> of TorchSharp 0.107.0 was linked with GCC 13 and requires
/// <see cref="RequiredCppVersion"/> for one link-time anchor symbol that nothing calls; GCC 12's runtime
/// (Debian 12) lacks that version, so TorchSharp's type initializer fails. When the process's C++ runtime
/// lacks it, we load libtorch's libraries by full path and then a copy of TorchSharp's library whose
/// requirement is marked weak (see <see cref="ElfVersionPatcher"/>); TorchSharp's own loader then finds
/// the already-loaded copy by its soname. This can go once TorchSharp ships a library built against an
/// older C++ runtime, or the supported systems all ship GCC 13's.
/// </remarks>
public static class TorchNativeLoader
{
    /// <summary>The C++ runtime version TorchSharp's native library asks for.</summary>
    public const string RequiredCppVersion = "GLIBCXX_3.4.32";

    private static readonly Lock s_gate = new();
    private static NativeLoadReport? s_report;

    /// <summary>
    /// Loads the native libraries once per process and returns what was done; later calls return the
    /// same report. Thread-safe. Call before the first TorchSharp call.
    /// </summary>
    /// <exception cref="TrainTasksException">TT4001–TT4005 when the libraries cannot be found,
    /// prepared or loaded.</exception>
    public static NativeLoadReport EnsureLoaded()
    {
        lock (s_gate)
        {
            s_report ??= Load();
            return s_report;
        }
    }

    /// <summary>Decides the branch from the versions the C++ runtime defines (empty when none was found).</summary>
    public static NativeLoadCase Decide(IEnumerable<string> cppRuntimeVersions) =>
        cppRuntimeVersions.Contains(RequiredCppVersion, StringComparer.Ordinal)
            ? NativeLoadCase.SystemRuntimeSufficient
            : NativeLoadCase.PatchedCopy;

    /// <summary>Loads the libraries if needed and gathers what <c>dotnet train doctor</c> prints.</summary>
    /// <returns>The state; <see cref="DoctorInfo.Error"/> is set instead of throwing when loading fails.</returns>
    public static DoctorInfo Doctor()
    {
        try
        {
            var report = EnsureLoaded();
            return DoctorInfo.FromReport(report, torch.get_num_threads());
        }
        catch (TrainTasksException exception)
        {
            return DoctorInfo.FromError(exception.Diagnostic);
        }
    }

    private static NativeLoadReport Load()
    {
        if (!OperatingSystem.IsLinux())
        {
            return new NativeLoadReport(NativeLoadCase.NotLinux, null, false, null, [], null,
                "TorchSharp: not Linux; its native libraries load without help.");
        }

        var cppRuntime = CppRuntimeProbe.Find();
        var versions = cppRuntime is null ? [] : ReadVersionsOrNone(cppRuntime);
        var folders = NativeLibraryLocator.Locate(NativeLibraryLocator.CandidateFolders());
        var report = Decide(versions) == NativeLoadCase.SystemRuntimeSufficient
            ? Unchanged(cppRuntime!, folders)
            : LoadPatched(cppRuntime, folders);

        SelfTest();
        return report;
    }

    private static IReadOnlyList<string> ReadVersionsOrNone(string path)
    {
        try
        {
            return CppRuntimeProbe.ReadVersions(path);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException)
        {
            return [];
        }
    }

    private static NativeLoadReport Unchanged(string cppRuntime, NativeLibraryFolders folders) =>
        new(NativeLoadCase.SystemRuntimeSufficient, cppRuntime, true, folders, [], null,
            $"TorchSharp: the C++ runtime {cppRuntime} provides {RequiredCppVersion}; "
            + "native libraries load as shipped.");

    private static NativeLoadReport LoadPatched(string? cppRuntime, NativeLibraryFolders folders)
    {
        var patched = PatchedLibraryCache.GetOrCreate(
            folders.TorchSharpLibrary, RequiredCppVersion, PatchedLibraryCache.DefaultRoot());
        var order = LibTorchLoadOrder(folders.LibTorchFolder).Append(patched).ToArray();
        foreach (var path in order)
        {
            LoadByPath(path);
        }

        var runtime = cppRuntime ?? "(no libstdc++ found)";
        return new NativeLoadReport(NativeLoadCase.PatchedCopy, cppRuntime, false, folders, order, patched,
            $"TorchSharp: the C++ runtime {runtime} lacks {RequiredCppVersion}; loaded libtorch from "
            + $"{folders.LibTorchFolder} and a copy of {NativeLibraryLocator.TorchSharpLibraryName} with that "
            + $"requirement marked weak from {patched}.");
    }

    private static IEnumerable<string> LibTorchLoadOrder(string folder) =>
        NativeLibraryLocator.LibTorchLibraryNames
            .Select(name => Path.Combine(folder, name))
            .Prepend(NativeLibraryLocator.FindGomp(folder)!);

    private static void LoadByPath(string path)
    {
        try
        {
            NativeLibrary.Load(path);
        }
        catch (DllNotFoundException exception)
        {
            throw new TrainTasksException(Messages.Native_LoadFailed(path, exception.Message), exception);
        }
    }

    private static void SelfTest()
    {
        try
        {
            using var probe = torch.ones(1);
        }
        catch (Exception exception) when (exception is TypeInitializationException or DllNotFoundException
            or EntryPointNotFoundException or NotSupportedException)
        {
            var reason = exception.GetBaseException().Message;
            throw new TrainTasksException(Messages.Native_SelfTestFailed(reason), exception);
        }
    }
}
