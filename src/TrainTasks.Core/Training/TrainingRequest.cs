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
    /// Names of continuous parameters (such as <c>l2</c>, <c>l2.1</c>, <c>learningRate</c>) whose
    /// hypergradient the trainer computes at the end of training and returns in
    /// <see cref="TrainingResult.Metrics"/> as <c>hypergrad.&lt;name&gt;</c>: the derivative of the
    /// final <c>val_loss</c> in the parameter's own value, not its logarithm. <c>val_loss</c> is the
    /// unregularized validation objective: mean cross-entropy for a classifier, the mean squared error
    /// of predictions in the target's own (unscaled) units for regression. Empty (the default) for
    /// none. Needs validation rows.
    /// </summary>
    public IReadOnlyList<string> Hypergradients { get; init; } = [];

    /// <summary>How hypergradients are computed; spec <c>training.hypergradient</c>.</summary>
    public HypergradientSettings HypergradientSettings { get; init; } = HypergradientSettings.Default;
}
