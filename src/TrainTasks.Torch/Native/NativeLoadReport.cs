namespace TrainTasks.Torch.Native;

/// <summary>What <see cref="TorchNativeLoader.EnsureLoaded"/> found and did.</summary>
/// <param name="Case">Which branch applied.</param>
/// <param name="CppRuntimePath">The C++ runtime (libstdc++) the process uses; null when none was found.</param>
/// <param name="CppRuntimeHasRequiredVersion">Whether it defines <see
/// cref="TorchNativeLoader.RequiredCppVersion"/>.</param>
/// <param name="Folders">Where the native libraries were found; null when not looked for.</param>
/// <param name="LoadedLibraries">The libraries loaded by full path, in load order; empty when nothing was done.</param>
/// <param name="PatchedLibraryPath">The patched copy of <c>libLibTorchSharp.so</c>; null unless <see
/// cref="NativeLoadCase.PatchedCopy"/>.</param>
/// <param name="LogLine">One line for the log saying what was done.</param>
public sealed record NativeLoadReport(
    NativeLoadCase Case,
    string? CppRuntimePath,
    bool CppRuntimeHasRequiredVersion,
    NativeLibraryFolders? Folders,
    IReadOnlyList<string> LoadedLibraries,
    string? PatchedLibraryPath,
    string LogLine);
