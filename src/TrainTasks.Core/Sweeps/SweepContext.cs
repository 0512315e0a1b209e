using TrainTasks.Core.Caching;
using TrainTasks.Core.Fingerprints;
using TrainTasks.Core.Samplers;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Storage;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Sweeps;

/// <summary>The parts a <see cref="SweepRunner"/> works with.</summary>
public sealed record SweepContext
{
    /// <summary>The validated spec.</summary>
    public required SweepSpec Spec { get; init; }

    /// <summary>The number of evaluated trials to reach (the spec's budget or an override).</summary>
    public required int Budget { get; init; }

    /// <summary>Key of the study: spec definition, data content and trainer identity.</summary>
    public required string StudyKey { get; init; }

    /// <summary>Proposes configurations.</summary>
    public required ISampler Sampler { get; init; }

    /// <summary>Keeps the study.</summary>
    public required IStudyStorage Storage { get; init; }

    /// <summary>Keeps trained models by fingerprint.</summary>
    public required ArtifactCache Cache { get; init; }

    /// <summary>Trains one trial.</summary>
    public required ITrainer Trainer { get; init; }

    /// <summary>Gathers the fingerprint inputs of a trial from its effective parameters.</summary>
    public required Func<TrialParameters, TrialFingerprintInputs> FingerprintInputs { get; init; }

    /// <summary>The TrainTasks version, recorded in cache manifests.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>Hears progress; a no-op observer by default.</summary>
    public ISweepObserver Observer { get; init; } = NullSweepObserver.Instance;
}
