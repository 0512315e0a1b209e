using System.Text.Json.Nodes;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Fingerprints;

/// <summary>
/// Everything that decides a trial's result, and nothing else: the input of
/// <see cref="TrialFingerprint.Compute"/>. Absolute paths, the budget and the cache location
/// are left out on purpose, so two clones of a project at different paths share cache entries.
/// </summary>
public sealed record TrialFingerprintInputs
{
    /// <summary>The trial's effective parameters: the spec's fixed values with its sampled ones laid over.</summary>
    public required TrialParameters Parameters { get; init; }

    /// <summary>The data format, <c>idx</c> or <c>csv</c> (spec <c>data.format</c>).</summary>
    public required string DataFormat { get; init; }

    /// <summary>
    /// Format options that change how rows are read, as JSON (for CSV: label column, header rows,
    /// separator, standardization); null when the format has none. Key order and number spelling
    /// do not matter.
    /// </summary>
    public JsonNode? DataOptions { get; init; }

    /// <summary>Share of the training rows held out for validation (spec <c>data.validationFraction</c>).</summary>
    public required double ValidationFraction { get; init; }

    /// <summary>Number of training rows used, or null for all (spec <c>data.trainLimit</c>).</summary>
    public int? TrainLimit { get; init; }

    /// <summary>
    /// Content hashes (from <see cref="FileContentHasher"/>) of the data files the trial reads,
    /// keyed by role rather than path: <c>train.images</c>, <c>train.labels</c>, <c>train.table</c>.
    /// Test files do not decide a trial's result and belong here only if trial metrics use them.
    /// </summary>
    public required IReadOnlyDictionary<string, string> DataFileHashes { get; init; }

    /// <summary>The trainer's name and behaviour version.</summary>
    public required TrainerIdentity Trainer { get; init; }

    /// <summary>The seed of weight initialisation, the validation split and shuffles.</summary>
    public required int Seed { get; init; }

    /// <summary>CPU threads per trial; results may differ in the last bits with another count.</summary>
    public required int Threads { get; init; }

    /// <summary>
    /// The parameters whose hypergradients the trainer returns with the trial's metrics (strategy
    /// <c>gradient</c>); empty otherwise, and then left out of the hash, so other strategies'
    /// fingerprints are as they were. A cache entry trained without them cannot serve a trial that
    /// needs them.
    /// </summary>
    public IReadOnlyList<string> Hypergradients { get; init; } = [];

    /// <summary>How the hypergradients are computed; part of the fingerprint only when some are asked for.</summary>
    public HypergradientSettings HypergradientSettings { get; init; } = HypergradientSettings.Default;

    /// <summary>
    /// Version of the fingerprint recipe; defaults to <see cref="TrialFingerprint.CurrentVersion"/>,
    /// raised when the recipe or the tool's handling of trials changes what a fingerprint means.
    /// </summary>
    public string FingerprintVersion { get; init; } = TrialFingerprint.CurrentVersion;
}
