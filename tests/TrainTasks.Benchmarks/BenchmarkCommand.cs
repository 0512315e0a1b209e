using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using TrainTasks.Benchmarks.Hypergradients;
using TrainTasks.Benchmarks.LearningRates;
using TrainTasks.Benchmarks.Samplers;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Benchmarks;

/// <summary>
/// Parses <c>epoch [--epochs N] [--rounds N] [--data-dir DIR]</c> and prints the result as one JSON object,
/// hands <c>samplers …</c> to <see cref="SamplerBenchmarkCommand"/>, <c>hyperlr …</c> to
/// <see cref="AdaptationBenchmarkCommand"/>, or runs <c>hypergrad …</c> (<see cref="HypergradientBenchmark"/>).
/// </summary>
internal static class BenchmarkCommand
{
    private const string DefaultDataDirectory = "/usr/share/datasets/fashion-mnist";

    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length > 0 && args[0] == "samplers")
        {
            return SamplerBenchmarkCommand.Run(args[1..], output, Console.Error);
        }

        if (args.Length > 0 && args[0] == "hyperlr")
        {
            return AdaptationBenchmarkCommand.Run(args[1..], output, Console.Error);
        }

        if (args.Length > 0 && args[0] == "hypergrad")
        {
            return RunHypergradients(args[1..], output);
        }

        if (args.Length == 0 || args[0] != "epoch")
        {
            Console.Error.WriteLine(Usage());
            Console.Error.WriteLine(SamplerBenchmarkOptions.Usage);
            Console.Error.WriteLine(AdaptationBenchmarkCommand.Usage);
            Console.Error.WriteLine(HypergradientBenchmarkOptions.Usage);
            return (int)ExitCode.BadInput;
        }

        var options = ParseOptions(args[1..]);
        if (options is null)
        {
            Console.Error.WriteLine(Usage());
            return (int)ExitCode.BadInput;
        }

        var result = new EpochBenchmark(options.Value.DataDirectory).Run(options.Value.Epochs, options.Value.Rounds);
        output.WriteLine(JsonSerializer.Serialize(result));
        return (int)ExitCode.Success;
    }

    private static int RunHypergradients(string[] args, TextWriter output)
    {
        if (HypergradientBenchmarkOptions.Parse(args) is not { } options)
        {
            Console.Error.WriteLine(HypergradientBenchmarkOptions.Usage);
            return (int)ExitCode.BadInput;
        }

        var result = new HypergradientBenchmark(options, Console.Error).Run();
        var json = new JsonSerializerOptions { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };
        output.WriteLine(JsonSerializer.Serialize(result, json));
        return (int)ExitCode.Success;
    }

    private static (int Epochs, int Rounds, string DataDirectory)? ParseOptions(string[] args)
    {
        var (epochs, rounds, dataDirectory) = (2, 2, DefaultDataDirectory);
        for (var index = 0; index + 1 < args.Length; index += 2)
        {
            var value = args[index + 1];
            switch (args[index])
            {
                case "--epochs" when int.TryParse(value, CultureInfo.InvariantCulture, out var count) && count > 0:
                    epochs = count;
                    break;
                case "--rounds" when int.TryParse(value, CultureInfo.InvariantCulture, out var count) && count > 0:
                    rounds = count;
                    break;
                case "--data-dir":
                    dataDirectory = value;
                    break;
                default:
                    return null;
            }
        }

        return args.Length % 2 == 0 ? (epochs, rounds, dataDirectory) : null;
    }

    private static string Usage() =>
        "usage: TrainTasks.Benchmarks epoch [--epochs N (2)] [--rounds N (2)] "
        + $"[--data-dir DIR ({DefaultDataDirectory})]";
}
