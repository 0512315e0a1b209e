using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Specs;

/// <summary>A loaded and validated sweep spec.</summary>
public sealed record SweepSpec
{
    /// <summary>The sweep name: output folder and study name.</summary>
    public required string Name { get; init; }

    /// <summary>Full path of the spec file.</summary>
    public required string SpecPath { get; init; }

    /// <summary>The data to train, validate and test on.</summary>
    public required DataSpec Data { get; init; }

    /// <summary>
    /// The fixed parameters (from <c>model</c> and <c>training</c>, flattened); a trial's
    /// effective parameters are these with its sampled values laid over them, so a searched
    /// parameter its configuration leaves inactive keeps its fixed value or default.
    /// </summary>
    public required TrialParameters Fixed { get; init; }

    /// <summary>
    /// How hypergradients are computed when a strategy asks the trainer for them; spec
    /// <c>training.hypergradient</c>, the defaults when absent.
    /// </summary>
    public HypergradientSettings Hypergradient { get; init; } = HypergradientSettings.Default;

    /// <summary>The searched parameters.</summary>
    public required SearchSpace Space { get; init; }

    /// <summary>What to optimize.</summary>
    public required Objective Objective { get; init; }

    /// <summary>The search strategy, a name from <see cref="StrategyCatalog"/>.</summary>
    public required string Strategy { get; init; }

    /// <summary>
    /// Options of the strategy from the spec's object form (booleans as 0 or 1), checked against
    /// <see cref="StrategyCatalog"/>; empty for the defaults.
    /// </summary>
    public IReadOnlyDictionary<string, double> StrategyOptions { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// The parameters whose hypergradient every trial's training must return: the names of the
    /// space under strategy <c>gradient</c>, none under any other.
    /// </summary>
    public IReadOnlyList<string> Hypergradients => Strategy == StrategyCatalog.GradientStrategy
        ? Space.Parameters.Select(parameter => parameter.Name).ToArray()
        : [];

    /// <summary>The maximum number of trials of the study.</summary>
    public required int Trials { get; init; }

    /// <summary>
    /// Whether to train the best configuration once more on every training row (validation rows
    /// included) after the sweep, and ship that model; spec <c>refit</c>, default false.
    /// </summary>
    public bool Refit { get; init; }

    /// <summary>The seed of the sampler and of every trial's training.</summary>
    public required int Seed { get; init; }

    /// <summary>CPU threads per trial.</summary>
    public int Threads { get; init; } = 2;

    /// <summary>Artifact cache folder from the spec, if set (options and properties override it).</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Study database path from the spec, if set.</summary>
    public string? StoragePath { get; init; }

    /// <summary>
    /// Canonical JSON of every part of the spec that decides which trials a study proposes and
    /// what they give (everything but the budget, the cache and storage locations and
    /// <c>$schema</c>); its hash keys the study.
    /// </summary>
    public required string StudyDefinition { get; init; }
}
