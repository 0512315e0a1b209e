using TrainTasks.Cli.Console;
using TrainTasks.Torch.Native;

namespace TrainTasks.Cli.Sweeping;

/// <summary>Loads TorchSharp's native libraries before the first tensor, and says in one line what it did.</summary>
internal static class NativeStartup
{
    public static void Load(ToolConsole console)
    {
        var report = TorchNativeLoader.EnsureLoaded();
        console.WriteLine(Verbosity.Normal, report.LogLine);
    }
}
