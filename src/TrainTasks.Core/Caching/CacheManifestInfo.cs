using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Caching;

/// <summary>What the caller knows about a cache entry when committing it; recorded in its manifest.</summary>
/// <param name="FingerprintInputs">
/// The canonical JSON the fingerprint was computed from (<c>TrialFingerprint.Describe</c>), kept for humans.
/// </param>
/// <param name="Parameters">The trial's effective parameters.</param>
/// <param name="Trainer">The trainer that produced the model.</param>
/// <param name="ToolVersion">The TrainTasks version that wrote the entry.</param>
/// <param name="ModelFileName">The model's file name within the entry, such as <c>model.bin</c>.</param>
public sealed record CacheManifestInfo(
    string FingerprintInputs,
    TrialParameters Parameters,
    TrainerIdentity Trainer,
    string ToolVersion,
    string ModelFileName);
