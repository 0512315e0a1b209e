namespace TrainTasks.Torch.Native;

/// <summary>Where the native libraries of libtorch and TorchSharp were found.</summary>
/// <param name="LibTorchFolder">The folder holding <c>libtorch_cpu.so</c>, <c>libc10.so</c>,
/// <c>libtorch.so</c>, libgomp.</param>
/// <param name="TorchSharpFolder">The folder holding <c>libLibTorchSharp.so</c>.</param>
/// <param name="Searched">Every folder looked at, in order.</param>
public sealed record NativeLibraryFolders(
    string LibTorchFolder,
    string TorchSharpFolder,
    IReadOnlyList<string> Searched)
{
    /// <summary>The full path of TorchSharp's native library.</summary>
    public string TorchSharpLibrary => Path.Combine(TorchSharpFolder, NativeLibraryLocator.TorchSharpLibraryName);
}
