using System.Globalization;
using System.Text.Json;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Torch.Training;

namespace TrainTasks.Benchmarks.LearningRates;

/// <summary>
/// Parses <c>hyperlr [--epochs N] [--rates A,B] [--beta X] [--rounds N] [--data-dir DIR]</c>, runs
/// <see cref="AdaptationBenchmark"/> and prints its result as one JSON object; progress goes to stderr.
/// </summary>
internal static class AdaptationBenchmarkCommand
{
    private const string DefaultDataDirectory = "/usr/share/datasets/fashion-mnist";

    /// <summary>How to call the command.</summary>
    public static string Usage =>
        "usage: TrainTasks.Benchmarks hyperlr [--epochs N (10)] [--rates A,B (0.01,0.0001)] "
        + $"[--beta X ({TrainingOptions.DefaultHypergradientRate})] [--rounds N (3)] "
        + $"[--data-dir DIR ({DefaultDataDirectory})]";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var text = CultureInfo.InvariantCulture;
        var (epochs, rates, beta, rounds, dataDirectory) =
            (10, new[] { 1e-2, 1e-4 }, TrainingOptions.DefaultHypergradientRate, 3, DefaultDataDirectory);
        for (var index = 0; index + 1 < args.Length; index += 2)
        {
            var value = args[index + 1];
            var parsed = args[index] switch
            {
                "--epochs" => int.TryParse(value, text, out epochs) && epochs > 0,
                "--rates" => TryParseRates(value, out rates),
                "--beta" => double.TryParse(value, text, out beta) && beta is >= 0 and < 1,
                "--rounds" => int.TryParse(value, text, out rounds) && rounds > 0,
                "--data-dir" => (dataDirectory = value).Length > 0,
                _ => false,
            };
            if (!parsed)
            {
                error.WriteLine(Usage);
                return (int)ExitCode.BadInput;
            }
        }

        if (args.Length % 2 != 0)
        {
            error.WriteLine(Usage);
            return (int)ExitCode.BadInput;
        }

        var result = new AdaptationBenchmark(dataDirectory, error.WriteLine).Run(epochs, rates, beta, rounds);
        output.WriteLine(JsonSerializer.Serialize(result));
        return (int)ExitCode.Success;
    }

    private static bool TryParseRates(string value, out double[] rates)
    {
        var parts = value.Split(',');
        rates = new double[parts.Length];
        for (var index = 0; index < parts.Length; index++)
        {
            if (!double.TryParse(parts[index], CultureInfo.InvariantCulture, out rates[index]) || rates[index] <= 0)
            {
                return false;
            }
        }

        return true;
    }
}
