using System.Security.Cryptography;
using TrainTasks.Core.Caching;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;
using TrainTasks.TestKit;

namespace TrainTasks.Core.Tests.Caching;

public sealed class ArtifactCacheTests : IDisposable
{
    private const string FingerprintA = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string FingerprintB = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    private static readonly byte[] s_model = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 251)).ToArray();

    private readonly string _root = TestPaths.NewTemporaryDirectory("traintasks-cache");
    private readonly List<Diagnostic> _reported = [];
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly ArtifactCache _cache;

    public ArtifactCacheTests()
    {
        _cache = new ArtifactCache(_root, _reported.Add, _clock);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void TryGet_AfterCommit_ReturnsModelMetricsAndEpochs()
    {
        CommitEntry(FingerprintA);

        var entry = _cache.TryGet(FingerprintA);

        Assert.NotNull(entry);
        Assert.Equal(Path.Combine(_root, FingerprintA), entry.Directory);
        Assert.Equal(s_model, File.ReadAllBytes(entry.ModelPath));
        Assert.Equal(0.875, entry.Metrics.Metrics["val_accuracy"]);
        Assert.Equal(double.NaN, entry.Metrics.Metrics["grad_norm"]);
        Assert.Equal(1234, entry.Metrics.ParameterCount);
        Assert.Equal([0.5, 0.25], entry.Metrics.Epochs.Select(epoch => epoch.Metrics["val_loss"]).ToArray());
        Assert.Empty(_reported);
    }

    [Fact]
    public void Commit_Manifest_RecordsFilesWithSizeAndSha256AndTheInputs()
    {
        var expectedHash = Convert.ToHexStringLower(SHA256.HashData(s_model));

        var entry = CommitEntry(FingerprintA);

        var model = Assert.Single(entry.Manifest.Files, file => file.Path == "model.bin");
        Assert.Equal(s_model.Length, model.Size);
        Assert.Equal(expectedHash, model.Sha256);
        Assert.Contains(entry.Manifest.Files, file => file.Path == "metrics.json");
        Assert.Equal(42, entry.Manifest.Inputs.GetProperty("seed").GetInt32());
        Assert.Equal(TrialParameters.FromJson("""{"lr":0.01}"""), entry.Manifest.Parameters);
        Assert.Equal(new TrainerIdentity("traintasks.torch", "3"), entry.Manifest.Trainer);
        Assert.Equal(_clock.GetUtcNow(), entry.Manifest.CreatedAt);
    }

    [Fact]
    public void TryGet_NeverCommitted_ReturnsNullWithoutWarning()
    {
        var entry = _cache.TryGet(FingerprintA);

        Assert.Null(entry);
        Assert.Empty(_reported);
    }

    [Fact]
    public void TryGet_WriterKilledBeforeCommit_ReturnsNull()
    {
        var staging = _cache.BeginEntry();
        File.WriteAllBytes(Path.Combine(staging, "model.bin"), s_model);

        var entry = _cache.TryGet(FingerprintA);

        Assert.Null(entry);
        Assert.Empty(_reported);
    }

    [Fact]
    public void TryGet_EntryWithoutManifest_ReturnsNullAndSetsItAside()
    {
        var directory = Directory.CreateDirectory(Path.Combine(_root, FingerprintA)).FullName;
        File.WriteAllBytes(Path.Combine(directory, "model.bin"), s_model);

        var entry = _cache.TryGet(FingerprintA);

        Assert.Null(entry);
        Assert.Equal("TT5001", Assert.Single(_reported).Code);
        Assert.False(Directory.Exists(directory));
        Assert.Single(Directory.GetDirectories(Path.Combine(_root, ".corrupt")));
    }

    [Fact]
    public void TryGet_TruncatedModel_ReturnsNullNowAndLater()
    {
        var committed = CommitEntry(FingerprintA);
        File.WriteAllBytes(committed.ModelPath, s_model[..100]);

        var first = _cache.TryGet(FingerprintA);
        var second = _cache.TryGet(FingerprintA);

        Assert.Null(first);
        Assert.Null(second);
        Assert.Equal("TT5001", Assert.Single(_reported).Code);
    }

    [Fact]
    public void TryGet_ModelChangedKeepingItsSize_ReturnsNull()
    {
        var committed = CommitEntry(FingerprintA);
        var tampered = s_model.ToArray();
        tampered[^1] ^= 0xFF;
        File.WriteAllBytes(committed.ModelPath, tampered);

        var entry = _cache.TryGet(FingerprintA);

        Assert.Null(entry);
        Assert.Contains("SHA-256", Assert.Single(_reported).Message);
    }

    [Fact]
    public void TryGet_EntryCopiedUnderOtherFingerprint_ReturnsNull()
    {
        var committed = CommitEntry(FingerprintA);
        CopyDirectory(committed.Directory, Path.Combine(_root, FingerprintB));

        var entry = _cache.TryGet(FingerprintB);

        Assert.Null(entry);
        Assert.Equal("TT5001", Assert.Single(_reported).Code);
    }

    [Fact]
    public async Task Commit_SameFingerprintFromTwoWritersAtOnce_BothGetTheOneValidEntry()
    {
        using var barrier = new Barrier(2);

        var writers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var staging = _cache.BeginEntry();
            File.WriteAllBytes(Path.Combine(staging, "model.bin"), s_model);
            barrier.SignalAndWait();
            return _cache.Commit(staging, FingerprintA, Info(), Metrics());
        })).ToArray();
        var entries = await Task.WhenAll(writers);

        Assert.All(entries, entry => Assert.Equal(Path.Combine(_root, FingerprintA), entry.Directory));
        Assert.NotNull(_cache.TryGet(FingerprintA));
        Assert.Empty(Directory.GetDirectories(Path.Combine(_root, ".staging")));
        Assert.Empty(_reported);
    }

    [Fact]
    public void Commit_TargetHoldsAnUnfinishedEntry_ReplacesIt()
    {
        Directory.CreateDirectory(Path.Combine(_root, FingerprintA));
        File.WriteAllText(Path.Combine(_root, FingerprintA, "model.bin"), "half");

        var entry = CommitEntry(FingerprintA);

        Assert.Equal(s_model, File.ReadAllBytes(entry.ModelPath));
        Assert.NotNull(_cache.TryGet(FingerprintA));
        Assert.Equal("TT5001", Assert.Single(_reported).Code);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("../escape")]
    public void Commit_MalformedFingerprint_ThrowsArgumentException(string fingerprint)
    {
        var staging = _cache.BeginEntry();
        File.WriteAllBytes(Path.Combine(staging, "model.bin"), s_model);

        var act = () => _cache.Commit(staging, fingerprint, Info(), Metrics());

        Assert.Throws<ArgumentException>("fingerprint", act);
    }

    [Fact]
    public void Commit_NoModelFile_ThrowsArgumentException()
    {
        var staging = _cache.BeginEntry();

        var act = () => _cache.Commit(staging, FingerprintA, Info(), Metrics());

        Assert.Throws<ArgumentException>("info", act);
    }

    [Fact]
    public void List_TwoEntries_ListsBothInOrderWithSizes()
    {
        var second = CommitEntry(FingerprintB);
        CommitEntry(FingerprintA);
        var expectedSize = Directory.GetFiles(second.Directory).Sum(file => new FileInfo(file).Length);

        var entries = _cache.List();

        Assert.Equal([FingerprintA, FingerprintB], entries.Select(entry => entry.Fingerprint).ToArray());
        Assert.Equal(expectedSize, entries[1].SizeBytes);
        Assert.Equal(_clock.GetUtcNow(), entries[1].LastUsedAt);
    }

    [Fact]
    public void Verify_OneTamperedEntry_ReportsOnlyIt()
    {
        CommitEntry(FingerprintA);
        var bad = CommitEntry(FingerprintB);
        File.AppendAllText(bad.ModelPath, "x");

        var verification = _cache.Verify();

        Assert.Equal(2, verification.Checked);
        Assert.Equal(1, verification.Valid);
        Assert.Equal(bad.Directory, Assert.Single(verification.Problems).Location?.File);
    }

    private CacheEntry CommitEntry(string fingerprint)
    {
        var staging = _cache.BeginEntry();
        File.WriteAllBytes(Path.Combine(staging, "model.bin"), s_model);
        return _cache.Commit(staging, fingerprint, Info(), Metrics());
    }

    internal static CacheManifestInfo Info() => new(
        FingerprintInputs: """{"parameters":{"lr":0.01},"seed":42}""",
        Parameters: TrialParameters.FromJson("""{"lr":0.01}"""),
        Trainer: new TrainerIdentity("traintasks.torch", "3"),
        ToolVersion: "0.1.0",
        ModelFileName: "model.bin");

    internal static CachedMetrics Metrics() => new(
        new Dictionary<string, double> { ["val_accuracy"] = 0.875, ["grad_norm"] = double.NaN },
        ParameterCount: 1234,
        Epochs:
        [
            new EpochRecord(1, new Dictionary<string, double> { ["val_loss"] = 0.5 }),
            new EpochRecord(2, new Dictionary<string, double> { ["val_loss"] = 0.25 }),
        ]);

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }
}
