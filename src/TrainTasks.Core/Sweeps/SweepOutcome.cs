using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Sweeps;

/// <summary>What a sweep ended with.</summary>
/// <param name="Trials">Every evaluated trial of the study, in number order (interrupted ones left out).</param>
/// <param name="Best">The best complete trial, or null when none completed.</param>
/// <param name="BestModelFile">The best trial's model file in the artifact cache.</param>
/// <param name="Trained">How many trials this run trained.</param>
/// <param name="FromCache">How many trials this run took from the artifact cache.</param>
/// <param name="Reused">How many finished trials this run found in the study and did not run again.</param>
/// <param name="ExhaustedReason">Why the sampler stopped before the budget, if it did.</param>
public sealed record SweepOutcome(
    IReadOnlyList<Trial> Trials,
    Trial? Best,
    string? BestModelFile,
    int Trained,
    int FromCache,
    int Reused,
    string? ExhaustedReason);
