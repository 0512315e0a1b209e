using TrainTasks.Cli.Console;
using TrainTasks.Torch.Native;

namespace TrainTasks.Cli.Sweeping;

/// <summary>Loads TorchSharp's native libraries before the first tensor, and says in one line what it did.</summary>
internal static class NativeStartup
{
    public static void Load(ToolConsole console)
    {
        var report = TorchNativeLoader.EnsureLoaded();
        if (report.Case == NativeLoadCase.PatchedCopy && console.Verbosity < Verbosity.Detailed)
        {
            console.WriteLine(
                Verbosity.Normal,
                $"TorchSharp: this system's C++ runtime lacks {TorchNativeLoader.RequiredCppVersion}; loaded a "
                + "patched copy of libLibTorchSharp.so (details: dotnet train doctor).");
            return;
        }

        console.WriteLine(Verbosity.Detailed, report.LogLine);
    }
}
