using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace TrainTasks.Core.Fingerprints;

/// <summary>
/// The content hash of a trial: equal fingerprints mean the trial gives the same result, so its
/// cached model and metrics can be reused. It keys the artifact cache and is stored with each trial.
/// </summary>
/// <remarks>
/// The fingerprint is the lowercase hex SHA-256 of the UTF-8 canonical JSON (see
/// <see cref="CanonicalJson"/>) of one object:
/// <c>{"data":{"files":{role:sha256},"format","options","trainLimit","validationFraction"},
/// "fingerprintVersion","parameters","seed","threads","trainer":{"name","version"}}</c>, with
/// <c>"hypergradients":[names]</c> added only when the trial asks for hypergradients.
/// Because the JSON is canonical, <c>0.1</c> and <c>0.10</c>, <c>1e-06</c> and <c>0.000001</c>,
/// and reordered keys give the same fingerprint.
/// </remarks>
public static class TrialFingerprint
{
    /// <summary>The current version of the fingerprint recipe.</summary>
    public const string CurrentVersion = "1";

    /// <summary>Returns the fingerprint of <paramref name="inputs"/>: 64 lowercase hex digits.</summary>
    public static string Compute(TrialFingerprintInputs inputs) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Describe(inputs))));

    /// <summary>Returns the canonical JSON that is hashed, for logs and cache manifests.</summary>
    public static string Describe(TrialFingerprintInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var files = new JsonObject();
        foreach (var (role, hash) in inputs.DataFileHashes)
        {
            files[role] = hash;
        }

        var document = new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["files"] = files,
                ["format"] = inputs.DataFormat,
                ["options"] = inputs.DataOptions?.DeepClone(),
                ["trainLimit"] = inputs.TrainLimit,
                ["validationFraction"] = inputs.ValidationFraction,
            },
            ["fingerprintVersion"] = inputs.FingerprintVersion,
            ["parameters"] = JsonNode.Parse(inputs.Parameters.CanonicalJson),
            ["seed"] = inputs.Seed,
            ["threads"] = inputs.Threads,
            ["trainer"] = new JsonObject { ["name"] = inputs.Trainer.Name, ["version"] = inputs.Trainer.Version },
        };
        if (inputs.Hypergradients.Count > 0)
        {
            var settings = inputs.HypergradientSettings;
            document["hypergradients"] = new JsonObject
            {
                ["hessianRows"] = settings.HessianRows,
                ["hessianSampling"] = settings.HessianSampling.ToString().ToLowerInvariant(),
                ["method"] = settings.Method.ToString().ToLowerInvariant(),
                ["neumannScale"] = settings.NeumannScale,
                ["neumannTerms"] = settings.NeumannTerms,
                ["parameters"] = new JsonArray(
                    inputs.Hypergradients.Order(StringComparer.Ordinal).Select(name => (JsonNode?)name).ToArray()),
                ["unrolledSteps"] = settings.UnrolledSteps,
            };
        }

        return CanonicalJson.Write(document);
    }

    /// <summary>Whether <paramref name="text"/> has the shape of a fingerprint: 64 lowercase hex digits.</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: 64 } && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
