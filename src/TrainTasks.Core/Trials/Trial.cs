namespace TrainTasks.Core.Trials;

/// <summary>One evaluation of one configuration within a study, as stored.</summary>
public sealed record Trial
{
    /// <summary>Number within the study, from 0, in the order trials were started.</summary>
    public required int Number { get; init; }

    /// <summary>Where the trial stands.</summary>
    public required TrialState State { get; init; }

    /// <summary>The sampled parameters (only those of the search space).</summary>
    public required TrialParameters Parameters { get; init; }

    /// <summary>The fingerprint of everything that decides the trial's result.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>The objective value; set when <see cref="State"/> is <see cref="TrialState.Complete"/>.</summary>
    public double? Value { get; init; }

    /// <summary>Final metrics by name (losses, accuracies, parameter count, seconds).</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();

    /// <summary>Per-epoch metrics, in epoch order.</summary>
    public IReadOnlyList<EpochRecord> Epochs { get; init; } = [];

    /// <summary>Why the trial failed; set when <see cref="State"/> is <see cref="TrialState.Failed"/>.</summary>
    public string? FailureReason { get; init; }

    /// <summary>
    /// How the sampler chose the configuration; null for trials stored before origins were kept.
    /// </summary>
    public TrialOrigin? Origin { get; init; }

    /// <summary>Whether the result came from the artifact cache rather than from training.</summary>
    public bool FromCache { get; init; }

    /// <summary>When the trial started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>When the trial finished, if it has.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Whether the trial is finished (complete, pruned or failed).</summary>
    public bool IsFinished => State != TrialState.Running;
}
