using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TrainTasks.Core.Fingerprints;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Sweeps;

/// <summary>
/// The hashes that key a sweep: the study key (which study a run belongs to) and each trial's
/// fingerprint inputs. Data files are hashed by content, once per run, and named by role, so
/// two clones at different paths with the same data share studies' trial fingerprints.
/// </summary>
public sealed class SweepKeys
{
    private readonly SweepSpec _spec;
    private readonly TrainerIdentity _trainer;
    private readonly IReadOnlyDictionary<string, string> _trainingFileHashes;

    private SweepKeys(SweepSpec spec, TrainerIdentity trainer, IReadOnlyDictionary<string, string> trainingFileHashes)
    {
        _spec = spec;
        _trainer = trainer;
        _trainingFileHashes = trainingFileHashes;
        StudyKey = ComputeStudyKey();
    }

    /// <summary>Hash of the study definition, the training data's content and the trainer's identity.</summary>
    public string StudyKey { get; }

    /// <summary>Hashes the spec's training files with <paramref name="hasher"/> and builds the keys.</summary>
    public static SweepKeys Create(SweepSpec spec, TrainerIdentity trainer, FileContentHasher hasher)
    {
        var hashes = TrainingFiles(spec.Data)
            .ToDictionary(pair => pair.Role, pair => hasher.Hash(pair.Path), StringComparer.Ordinal);
        return new SweepKeys(spec, trainer, hashes);
    }

    /// <summary>The fingerprint inputs of a trial with the given effective parameters.</summary>
    public TrialFingerprintInputs FingerprintInputs(TrialParameters effective) => new()
    {
        Parameters = effective,
        DataFormat = _spec.Data.Format,
        DataOptions = DataOptions(_spec.Data),
        ValidationFraction = _spec.Data.ValidationFraction,
        TrainLimit = _spec.Data.TrainLimit,
        DataFileHashes = _trainingFileHashes,
        Trainer = _trainer,
        Seed = _spec.Seed,
        Threads = _spec.Threads,
        Hypergradients = _spec.Hypergradients,
        HypergradientSettings = _spec.Hypergradient,
    };

    private static IEnumerable<(string Role, string Path)> TrainingFiles(DataSpec data)
    {
        if (data.Train.Images is { } images)
        {
            yield return ("train.images", images);
        }

        if (data.Train.Labels is { } labels)
        {
            yield return ("train.labels", labels);
        }

        if (data.Train.Table is { } table)
        {
            yield return ("train.table", table);
        }

        if (data.Train.Targets is { } targets)
        {
            yield return ("train.targets", targets);
        }
    }

    // Keys appear only when they differ from the defaults, so older fingerprints stay valid.
    private static JsonNode? DataOptions(DataSpec data)
    {
        var options = data.Csv is not { } csv
            ? new JsonObject()
            : new JsonObject
            {
                ["labelColumn"] = csv.LabelColumn,
                ["headerRows"] = csv.HeaderRows,
                ["separator"] = csv.Separator.ToString(),
                ["standardize"] = csv.Standardize,
            };
        if (data.IsRegression)
        {
            options["task"] = data.Task;
        }

        if (data.ValidationRows is { } rows)
        {
            options["validationRows"] = rows;
        }

        return options.Count == 0 ? null : options;
    }

    private string ComputeStudyKey()
    {
        var document = new JsonObject
        {
            ["definition"] = JsonNode.Parse(_spec.StudyDefinition),
            ["data"] = new JsonObject(_trainingFileHashes.Select(pair =>
                new KeyValuePair<string, JsonNode?>(pair.Key, pair.Value))),
            ["seed"] = _spec.Seed,
            ["trainer"] = _trainer.ToString(),
            ["fingerprintVersion"] = TrialFingerprint.CurrentVersion,
        };
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalJson.Write(document)));
        return Convert.ToHexStringLower(bytes);
    }
}
