using System.CommandLine;
using TrainTasks.Cli.Console;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Sweeps;
using TrainTasks.Torch.Native;

namespace TrainTasks.Cli.Commands;

/// <summary><c>dotnet train doctor</c>: how TorchSharp loads here, and what is missing.</summary>
internal static class DoctorCommand
{
    private const string FashionMnistFolder = "/usr/share/datasets/fashion-mnist";

    public static Command Create(TextWriter? output, TextWriter? error)
    {
        var verbosity = CommonOptions.Verbosity();
        var command = new Command("doctor", "Say how TorchSharp's native libraries load on this machine.")
        {
            verbosity,
        };
        command.SetAction(parseResult =>
        {
            var console = new ToolConsole(parseResult.GetValue(verbosity), output, error);
            return (int)CommandGuard.Run(console, _ => Diagnose(console));
        });
        return command;
    }

    private static ExitCode Diagnose(ToolConsole console)
    {
        var info = TorchNativeLoader.Doctor();
        console.Result($"TrainTasks: {ToolVersion.Current}");
        console.Result($".NET: {Environment.Version}");
        foreach (var line in info.ToLines())
        {
            console.Result(line);
        }

        var fashion = File.Exists(Path.Combine(FashionMnistFolder, "train-images-idx3-ubyte.gz"))
            ? $"found in {FashionMnistFolder}"
            : "missing (sudo apt-get install -y dataset-fashion-mnist)";
        console.Result($"Fashion-MNIST: {fashion}");
        if (info.Error is { } problem)
        {
            console.Report(problem);
            return ExitCode.Environment;
        }

        return ExitCode.Success;
    }
}
