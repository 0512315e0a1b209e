using System.CommandLine;
using TrainTasks.Cli.Console;

namespace TrainTasks.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Argument<FileInfo> Spec() => new("spec")
    {
        Description = "The sweep spec (JSON).",
    };

    public static Option<Verbosity> Verbosity() => new("--verbosity", "-v")
    {
        Description = "How much to print: quiet, minimal, normal, detailed or diagnostic.",
        DefaultValueFactory = _ => Console.Verbosity.Normal,
    };

    public static Option<DirectoryInfo?> CacheDirectory() => new("--cache-dir")
    {
        Description = "Artifact cache folder. Default: the spec's \"cache\", else $TRAINTASKS_CACHE_DIR, "
            + "else ~/.cache/traintasks/artifacts.",
    };

    public static Option<FileInfo?> Storage() => new("--storage")
    {
        Description = "Study database (SQLite file). Default: the spec's \"storage\", else "
            + "<spec folder>/.traintasks/<name>.db.",
    };

    public static Option<DirectoryInfo?> Output() => new("--out", "-o")
    {
        Description = "Folder that receives <sweep name>/ with model.bin, best-params.json, report.md "
            + "and trials.csv. Default: <spec folder>/models.",
    };

    public static Option<int?> Trials() => new("--trials")
    {
        Description = "Override the spec's trial budget (at least 1).",
    };

    public static Option<int?> Seed() => new("--seed")
    {
        Description = "Override the spec's seed.",
    };

    public static Option<ProgressMode> Progress() => new("--progress")
    {
        Description = "Progress display: auto (live on a terminal), live, plain or none.",
        DefaultValueFactory = _ => ProgressMode.Auto,
    };
}
