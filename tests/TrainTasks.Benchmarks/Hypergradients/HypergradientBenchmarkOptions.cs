using System.Globalization;
using TrainTasks.Core.Training;

namespace TrainTasks.Benchmarks.Hypergradients;

/// <summary>What the <c>hypergrad</c> command runs.</summary>
/// <param name="Epochs">Epochs trained before the hypergradients are taken (<c>--epochs</c>, default 3).</param>
/// <param name="Terms">Neumann terms of every hypergradient (<c>--terms</c>, default 50).</param>
/// <param name="Rows">Subset sizes compared with every row (<c>--rows</c>, comma list).</param>
/// <param name="Samplings">Subset kinds (<c>--sampling</c>: <c>fixed</c>, <c>perTerm</c> or both, comma list).</param>
/// <param name="Seeds">Subset seeds per size and kind (<c>--seeds</c>, default 3).</param>
/// <param name="DataDirectory">The Fashion-MNIST folder (<c>--data-dir</c>).</param>
/// <param name="TrainLimit">Rows read from the training file (<c>--train-limit</c>; default all 60,000).</param>
/// <param name="Reference">
/// Whether to take the hypergradient over every training row, which the errors are measured against
/// (<c>--reference true|false</c>, default true); without it only the subsets are timed and their
/// errors are NaN.
/// </param>
internal sealed record HypergradientBenchmarkOptions(
    int Epochs,
    int Terms,
    IReadOnlyList<int> Rows,
    IReadOnlyList<HessianSampling> Samplings,
    int Seeds,
    string DataDirectory,
    int? TrainLimit,
    bool Reference = true)
{
    /// <summary>The default Fashion-MNIST folder.</summary>
    public const string DefaultDataDirectory = "/usr/share/datasets/fashion-mnist";

    /// <summary>The usage line of the command.</summary>
    public static string Usage =>
        "usage: TrainTasks.Benchmarks hypergrad [--epochs N (3)] [--terms N (50)] [--rows A,B (256,512,1024,2048,"
        + "4096)] [--sampling fixed,perTerm (both)] [--seeds N (3)] [--train-limit N (all)] "
        + $"[--reference true|false (true)] [--data-dir DIR ({DefaultDataDirectory})]";

    /// <summary>Reads the options after the command name; null when one is unknown or malformed.</summary>
    public static HypergradientBenchmarkOptions? Parse(IReadOnlyList<string> args)
    {
        HypergradientBenchmarkOptions? options = new(
            3, 50, [256, 512, 1024, 2048, 4096], [HessianSampling.Fixed, HessianSampling.PerTerm], 3,
            DefaultDataDirectory, TrainLimit: null);
        if (args.Count % 2 != 0)
        {
            return null;
        }

        for (var index = 0; index < args.Count && options is not null; index += 2)
        {
            options = WithOption(options, args[index], args[index + 1]);
        }

        return options;
    }

    private static HypergradientBenchmarkOptions? WithOption(
        HypergradientBenchmarkOptions options, string name, string value) =>
        name switch
        {
            "--epochs" => Positive(value) is { } epochs ? options with { Epochs = epochs } : null,
            "--terms" => Positive(value) is { } terms ? options with { Terms = terms } : null,
            "--seeds" => Positive(value) is { } seeds ? options with { Seeds = seeds } : null,
            "--train-limit" => Positive(value) is { } limit ? options with { TrainLimit = limit } : null,
            "--data-dir" => options with { DataDirectory = value },
            "--reference" => bool.TryParse(value, out var reference) ? options with { Reference = reference } : null,
            "--rows" => List(value, Positive) is { } rows ? options with { Rows = rows } : null,
            "--sampling" => List(value, Sampling) is { } kinds ? options with { Samplings = kinds } : null,
            _ => null,
        };

    private static int? Positive(string value) =>
        int.TryParse(value, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;

    private static HessianSampling? Sampling(string value) =>
        value switch
        {
            "fixed" => HessianSampling.Fixed,
            "perTerm" => HessianSampling.PerTerm,
            _ => null,
        };

    private static T[]? List<T>(string value, Func<string, T?> parse)
        where T : struct
    {
        var items = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(parse)
            .ToArray();
        return items.Length > 0 && items.All(item => item.HasValue)
            ? items.Select(item => item!.Value).ToArray()
            : null;
    }
}
