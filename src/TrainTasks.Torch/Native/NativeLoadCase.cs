namespace TrainTasks.Torch.Native;

/// <summary>Which way <see cref="TorchNativeLoader"/> made TorchSharp's native library loadable.</summary>
public enum NativeLoadCase
{
    /// <summary>The C++ runtime provides every version TorchSharp needs; nothing was done.</summary>
    SystemRuntimeSufficient,

    /// <summary>
    /// The C++ runtime lacks <see cref="TorchNativeLoader.RequiredCppVersion"/>; libtorch and a copy of
    /// <c>libLibTorchSharp.so</c> with that requirement marked weak were loaded ahead of TorchSharp.
    /// </summary>
    PatchedCopy,

    /// <summary>Not Linux: TorchSharp loads its native libraries itself; nothing was done.</summary>
    NotLinux,
}
