using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Training;

/// <summary>Everything a trainer needs to train one trial.</summary>
/// <param name="Parameters">The effective parameters: the spec's fixed values with the trial's sampled ones.</param>
/// <param name="Data">The data to train and validate on.</param>
/// <param name="Seed">Seed for weight initialisation, the validation split and shuffles.</param>
/// <param name="Threads">Number of CPU threads to train with.</param>
/// <param name="ArtifactDirectory">An empty folder to write the model into.</param>
/// <param name="UseAllRows">
/// Train on every training row and hold none out, for the refit of the chosen configuration;
/// the trainer then reports training metrics only.
/// </param>
public sealed record TrainingRequest(
    TrialParameters Parameters,
    DataSpec Data,
    int Seed,
    int Threads,
    string ArtifactDirectory,
    bool UseAllRows = false)
{
    /// <summary>
    /// The continuous parameters whose hypergradient the trainer must return, each as the metric
    /// <c>hypergrad.&lt;name&gt;</c> (see <see cref="HypergradientMetrics"/>); empty unless the
    /// sweep's strategy is <c>gradient</c>. A missing or non-finite one fails the trial.
    /// </summary>
    public IReadOnlyList<string> Hypergradients { get; init; } = [];
}
