using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TrainTasks.Core.Fingerprints;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Fingerprints;

public sealed class TrialFingerprintTests
{
    private const string ImagesHash = "1111111111111111111111111111111111111111111111111111111111111111";
    private const string LabelsHash = "2222222222222222222222222222222222222222222222222222222222222222";

    private static readonly Dictionary<string, Func<TrialFingerprintInputs, TrialFingerprintInputs>> s_changes =
        new()
        {
            ["parameter value"] = inputs => inputs with { Parameters = TrialParameters.FromJson("""{"lr":0.2}""") },
            ["parameter added"] = inputs => inputs with
            {
                Parameters = TrialParameters.FromJson("""{"lr":0.1,"dropout":0}"""),
            },
            ["format"] = inputs => inputs with { DataFormat = "csv" },
            ["options"] = inputs => inputs with { DataOptions = JsonNode.Parse("""{"separator":";"}""") },
            ["validation fraction"] = inputs => inputs with { ValidationFraction = 0.25 },
            ["train limit"] = inputs => inputs with { TrainLimit = 1000 },
            ["file content"] = inputs => inputs with { DataFileHashes = Files(ImagesHash, ImagesHash) },
            ["file role"] = inputs => inputs with
            {
                DataFileHashes = new Dictionary<string, string> { ["train.images"] = ImagesHash },
            },
            ["trainer name"] = inputs => inputs with { Trainer = new TrainerIdentity("other", "3") },
            ["trainer version"] = inputs => inputs with { Trainer = new TrainerIdentity("traintasks.torch", "4") },
            ["seed"] = inputs => inputs with { Seed = 43 },
            ["threads"] = inputs => inputs with { Threads = 1 },
            ["fingerprint version"] = inputs => inputs with { FingerprintVersion = "2" },
            ["hypergradients asked for"] = inputs => inputs with { Hypergradients = ["lr"] },
            ["hypergradient method"] = inputs => inputs with
            {
                Hypergradients = ["lr"],
                HypergradientSettings = new HypergradientSettings(HypergradientMethod.Unrolled),
            },
            ["hessian rows"] = inputs => inputs with
            {
                Hypergradients = ["lr"],
                HypergradientSettings = new HypergradientSettings(HessianRows: null),
            },
            ["neumann terms"] = inputs => inputs with
            {
                Hypergradients = ["lr"],
                HypergradientSettings = new HypergradientSettings(NeumannTerms: 10),
            },
        };

    public static TheoryData<string> Changes => new(s_changes.Keys);

    [Fact]
    public void Describe_BaseInputs_IsTheDocumentedCanonicalJson()
    {
        var inputs = BaseInputs();

        var description = TrialFingerprint.Describe(inputs);

        Assert.Equal(ExpectedDescription, description);
    }

    [Fact]
    public void Describe_HypergradientsAskedFor_ListsThemSortedInTheirPlace()
    {
        var inputs = BaseInputs() with { Hypergradients = ["momentum", "lr"] };

        var description = TrialFingerprint.Describe(inputs);

        Assert.Contains(
            "\"fingerprintVersion\":\"1\",\"hypergradients\":{\"hessianRows\":1024,\"hessianSampling\":\"fixed\","
            + "\"method\":\"implicit\",\"neumannScale\":null,"
            + "\"neumannTerms\":50,\"parameters\":[\"lr\",\"momentum\"],\"unrolledSteps\":20},\"parameters\":",
            description,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_BaseInputs_IsSha256OfTheCanonicalJson()
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ExpectedDescription)));

        var fingerprint = TrialFingerprint.Compute(BaseInputs());

        Assert.Equal(expected, fingerprint);
        Assert.True(TrialFingerprint.IsWellFormed(fingerprint));
    }

    [Theory]
    [InlineData("""{"lr":0.1,"layers":[64,32]}""", """{"lr":0.10,"layers":[64,32]}""")]
    [InlineData("""{"lr":1e-06}""", """{"lr":0.000001}""")]
    [InlineData("""{"lr":0.1,"model":"mlp"}""", """{"model":"mlp","lr":0.1}""")]
    [InlineData("""{"epochs":10}""", """{"epochs":10.0}""")]
    [InlineData("""{"opt":{"name":"adam","beta":0.9}}""", """{"opt":{"beta":0.90,"name":"adam"}}""")]
    public void Compute_SameValuesSpelledDifferently_GivesSameFingerprint(string first, string second)
    {
        var one = BaseInputs() with { Parameters = TrialParameters.FromJson(first) };
        var other = BaseInputs() with { Parameters = TrialParameters.FromJson(second) };

        var fingerprints = (TrialFingerprint.Compute(one), TrialFingerprint.Compute(other));

        Assert.Equal(fingerprints.Item1, fingerprints.Item2);
    }

    [Fact]
    public void Compute_OptionsAndFilesInOtherOrder_GivesSameFingerprint()
    {
        var one = BaseInputs() with { DataOptions = JsonNode.Parse("""{"labelColumn":-1,"separator":","}""") };
        var other = BaseInputs() with
        {
            DataOptions = JsonNode.Parse("""{"separator":",","labelColumn":-1.0}"""),
            DataFileHashes = new Dictionary<string, string>
            {
                ["train.labels"] = LabelsHash,
                ["train.images"] = ImagesHash,
            },
        };

        var fingerprints = (TrialFingerprint.Compute(one), TrialFingerprint.Compute(other));

        Assert.Equal(fingerprints.Item1, fingerprints.Item2);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void Compute_OneInputChanged_GivesOtherFingerprint(string change)
    {
        var changed = s_changes[change](BaseInputs());

        var fingerprints = (TrialFingerprint.Compute(BaseInputs()), TrialFingerprint.Compute(changed));

        Assert.NotEqual(fingerprints.Item1, fingerprints.Item2);
    }

    [Theory]
    [InlineData("ABCDEF0000000000000000000000000000000000000000000000000000000000", false)]
    [InlineData("abcdef000000000000000000000000000000000000000000000000000000000", false)]
    [InlineData("abcdef0000000000000000000000000000000000000000000000000000000000", true)]
    [InlineData("../etc", false)]
    public void IsWellFormed_Text_AcceptsOnly64LowercaseHexDigits(string text, bool expected)
    {
        var result = TrialFingerprint.IsWellFormed(text);

        Assert.Equal(expected, result);
    }

    private const string ExpectedDescription =
        "{\"data\":{\"files\":{\"train.images\":\"" + ImagesHash + "\",\"train.labels\":\"" + LabelsHash + "\"},"
        + "\"format\":\"idx\",\"options\":null,\"trainLimit\":null,\"validationFraction\":0.1},"
        + "\"fingerprintVersion\":\"1\",\"parameters\":{\"lr\":0.1},\"seed\":42,\"threads\":2,"
        + "\"trainer\":{\"name\":\"traintasks.torch\",\"version\":\"3\"}}";

    private static TrialFingerprintInputs BaseInputs() => new()
    {
        Parameters = TrialParameters.FromJson("""{"lr":0.1}"""),
        DataFormat = "idx",
        ValidationFraction = 0.1,
        DataFileHashes = Files(ImagesHash, LabelsHash),
        Trainer = new TrainerIdentity("traintasks.torch", "3"),
        Seed = 42,
        Threads = 2,
    };

    private static Dictionary<string, string> Files(string images, string labels) => new()
    {
        ["train.images"] = images,
        ["train.labels"] = labels,
    };
}
