using TrainTasks.Core.Caching;
using TrainTasks.TestKit;

namespace TrainTasks.Core.Tests.Caching;

/// <summary>Garbage collection of <see cref="ArtifactCache"/>.</summary>
public sealed class ArtifactCacheCollectionTests : IDisposable
{
    private const string FingerprintA = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string FingerprintB = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    private const string FingerprintC = "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc";

    private readonly string _root = TestPaths.NewTemporaryDirectory("traintasks-cache-gc");
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly ArtifactCache _cache;

    public ArtifactCacheCollectionTests()
    {
        _cache = new ArtifactCache(_root, timeProvider: _clock);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void GarbageCollect_StagingFolders_RemovesOnlyThoseOlderThanAnHour()
    {
        var old = _cache.BeginEntry();
        var fresh = _cache.BeginEntry();
        Directory.SetLastWriteTimeUtc(old, _clock.GetUtcNow().UtcDateTime.AddHours(-2));
        Directory.SetLastWriteTimeUtc(fresh, _clock.GetUtcNow().UtcDateTime.AddMinutes(-10));

        var result = _cache.GarbageCollect(new CacheCollectionOptions());

        Assert.Equal(1, result.StagingFolders);
        Assert.False(Directory.Exists(old));
        Assert.True(Directory.Exists(fresh));
    }

    [Fact]
    public void GarbageCollect_CorruptEntry_RemovesItAndKeepsValidOnes()
    {
        Commit(FingerprintA);
        var bad = Commit(FingerprintB);
        File.Delete(Path.Combine(bad.Directory, "manifest.json"));

        var result = _cache.GarbageCollect(new CacheCollectionOptions());

        Assert.Equal(1, result.CorruptEntries);
        Assert.Equal(0, result.Entries);
        Assert.Equal([FingerprintA], _cache.List().Select(entry => entry.Fingerprint).ToArray());
        Assert.Empty(Directory.GetDirectories(Path.Combine(_root, ".corrupt")));
    }

    [Fact]
    public void GarbageCollect_MaxUnusedAge_RemovesOnlyEntriesUnusedThatLong()
    {
        Commit(FingerprintA);
        Commit(FingerprintB);
        _clock.Advance(TimeSpan.FromDays(10));
        _cache.TryGet(FingerprintB);

        var result = _cache.GarbageCollect(new CacheCollectionOptions { MaxUnusedAge = TimeSpan.FromDays(7) });

        Assert.Equal(1, result.Entries);
        Assert.Equal([FingerprintB], _cache.List().Select(entry => entry.Fingerprint).ToArray());
    }

    [Fact]
    public void GarbageCollect_OverSizeBudget_RemovesLeastRecentlyUsedFirst()
    {
        Commit(FingerprintA);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Commit(FingerprintB);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Commit(FingerprintC);
        _clock.Advance(TimeSpan.FromMinutes(1));
        _cache.TryGet(FingerprintA);
        var sizes = _cache.List().ToDictionary(entry => entry.Fingerprint, entry => entry.SizeBytes);

        var result = _cache.GarbageCollect(new CacheCollectionOptions { MaxTotalBytes = sizes.Values.Sum() - 1 });

        Assert.Equal(1, result.Entries);
        Assert.Equal(sizes[FingerprintB], result.FreedBytes);
        Assert.Equal([FingerprintA, FingerprintC], _cache.List().Select(entry => entry.Fingerprint).ToArray());
    }

    private CacheEntry Commit(string fingerprint)
    {
        var staging = _cache.BeginEntry();
        File.WriteAllBytes(Path.Combine(staging, "model.bin"), new byte[512]);
        return _cache.Commit(staging, fingerprint, ArtifactCacheTests.Info(), ArtifactCacheTests.Metrics());
    }
}
