using System.Text.Json;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Caching;

/// <summary>
/// The content of an entry's <c>manifest.json</c>, written last when an entry is committed, so an
/// entry without one is unfinished. It lists every other file of the entry with its size and hash.
/// </summary>
public sealed record CacheManifest
{
    /// <summary>The manifest format this build writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The manifest format of this file.</summary>
    public required int FormatVersion { get; init; }

    /// <summary>The fingerprint the entry is stored under; equals its folder name.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>The canonical fingerprint inputs, for humans reading the cache.</summary>
    public required JsonElement Inputs { get; init; }

    /// <summary>The trial's effective parameters.</summary>
    public required TrialParameters Parameters { get; init; }

    /// <summary>The trainer that produced the model.</summary>
    public required TrainerIdentity Trainer { get; init; }

    /// <summary>The TrainTasks version that wrote the entry.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>The model's path within the entry.</summary>
    public required string ModelFile { get; init; }

    /// <summary>When the entry was committed.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Every file of the entry except the manifest itself.</summary>
    public required IReadOnlyList<CacheFileRecord> Files { get; init; }
}
