using System.Globalization;

namespace TrainTasks.Benchmarks.Samplers;

/// <summary>What the <c>samplers</c> command runs.</summary>
/// <param name="Seeds">Seeds per problem and sampler in the efficiency part (<c>--seeds</c>, default 10).</param>
/// <param name="Repetitions">Studies per sampler in the overhead part (<c>--reps</c>, default 3).</param>
/// <param name="Samplers">The samplers (<c>--samplers</c>, comma list; default every registered one).</param>
/// <param name="OutputPath">Where the JSON goes (<c>--out</c>, default artifacts/bench/samplers.json).</param>
/// <param name="Quick">
/// A smoke run (<c>--quick</c>): at most 2 seeds, 1 repetition unless <c>--reps</c> follows, checkpoints 100
/// and 200.
/// </param>
/// <param name="SkipOverhead">Leaves out the overhead part (<c>--skip-overhead</c>), as the anchor script can.</param>
/// <param name="SkipEfficiency">Leaves out the efficiency part (<c>--skip-efficiency</c>).</param>
/// <param name="FirstSeed">
/// The first seed of the efficiency part (<c>--first-seed</c>, default 0), so a setting chosen on
/// one set of seeds can be checked on another.
/// </param>
internal sealed record SamplerBenchmarkOptions(
    int Seeds,
    int Repetitions,
    IReadOnlyList<SamplerEntry> Samplers,
    string OutputPath,
    bool Quick,
    bool SkipOverhead = false,
    bool SkipEfficiency = false,
    int FirstSeed = 0)
{
    /// <summary>The default output path, relative to the working folder.</summary>
    public const string DefaultOutputPath = "artifacts/bench/samplers.json";

    /// <summary>The budgets at which the best value so far is recorded.</summary>
    public IReadOnlyList<int> Budgets { get; } = [50, 100];

    /// <summary>The study lengths whose last 100 trials are timed.</summary>
    public IReadOnlyList<int> Checkpoints => Quick ? [100, 200] : [100, 300, 1000];

    /// <summary>The seeds of the efficiency part: <see cref="FirstSeed"/> on (two in a quick run).</summary>
    public IReadOnlyList<int> SeedValues =>
        Enumerable.Range(FirstSeed, Quick ? Math.Min(Seeds, 2) : Seeds).ToArray();

    /// <summary>The usage line of the command.</summary>
    public static string Usage =>
        "usage: TrainTasks.Benchmarks samplers [--seeds N (10)] [--first-seed N (0)]"
        + " [--reps N (3)] [--samplers A,B (all: "
        + string.Join(",", SamplerRegistry.All.Select(entry => entry.Name))
        + $")] [--out PATH ({DefaultOutputPath})] [--quick] [--skip-overhead] [--skip-efficiency]";

    /// <summary>Reads the options after the command name; null when one is unknown or malformed.</summary>
    public static SamplerBenchmarkOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new SamplerBenchmarkOptions(10, 3, SamplerRegistry.All, DefaultOutputPath, Quick: false);
        for (var index = 0; index < args.Count; index++)
        {
            if (Switch(options, args[index]) is { } switched)
            {
                options = switched;
                continue;
            }

            if (index + 1 >= args.Count)
            {
                return null;
            }

            var updated = WithOption(options, args[index], args[++index]);
            if (updated is null)
            {
                return null;
            }

            options = updated;
        }

        return options;
    }

    private static SamplerBenchmarkOptions? Switch(SamplerBenchmarkOptions options, string name) => name switch
    {
        "--quick" => options with { Quick = true, Repetitions = 1 },
        "--skip-overhead" => options with { SkipOverhead = true },
        "--skip-efficiency" => options with { SkipEfficiency = true },
        _ => null,
    };

    private static SamplerBenchmarkOptions? WithOption(SamplerBenchmarkOptions options, string name, string value)
    {
        switch (name)
        {
            case "--seeds" when int.TryParse(value, CultureInfo.InvariantCulture, out var seeds) && seeds > 0:
                return options with { Seeds = seeds };
            case "--first-seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var first) && first >= 0:
                return options with { FirstSeed = first };
            case "--reps" when int.TryParse(value, CultureInfo.InvariantCulture, out var reps) && reps > 0:
                return options with { Repetitions = reps };
            case "--out" when value.Length > 0:
                return options with { OutputPath = value };
            case "--samplers":
                var entries = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(SamplerRegistry.Find)
                    .ToList();
                return entries.Count > 0 && entries.All(entry => entry is not null)
                    ? options with { Samplers = entries! }
                    : null;
            default:
                return null;
        }
    }
}
