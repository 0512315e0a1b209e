using TrainTasks.Cli.Console;

namespace TrainTasks.Cli.Sweeping;

/// <summary>What the user asked of a sweep on the command line.</summary>
internal sealed record SweepOptions
{
    public required FileInfo Spec { get; init; }

    public Verbosity Verbosity { get; init; } = Verbosity.Normal;

    public ProgressMode Progress { get; init; } = ProgressMode.Auto;

    public DirectoryInfo? CacheDirectory { get; init; }

    public FileInfo? Storage { get; init; }

    public DirectoryInfo? Output { get; init; }

    public FileInfo? Stamp { get; init; }

    public int? Trials { get; init; }

    public int? Seed { get; init; }

    /// <summary>The command line as the build stamp records it.</summary>
    public string Arguments { get; init; } = "";
}
