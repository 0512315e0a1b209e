using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Fingerprints;
using TrainTasks.TestKit;

namespace TrainTasks.Core.Tests.Fingerprints;

public sealed class FileContentHasherTests : IDisposable
{
    // SHA-256 test vectors from FIPS 180-2: "abc" and "abd" differ in one byte and have the same length.
    private const string AbcHash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static readonly DateTime s_writeTime = new(2023, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    private readonly string _directory = TestPaths.NewTemporaryDirectory("traintasks-hasher");

    private string DataFile => Path.Combine(_directory, "data.bin");

    private string MemoFile => Path.Combine(_directory, "cache", "file-hashes.json");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Hash_File_IsSha256OfContent()
    {
        WriteData("abc", s_writeTime);

        var hash = new FileContentHasher(MemoFile).Hash(DataFile);

        Assert.Equal(AbcHash, hash);
    }

    [Fact]
    public void Hash_SameSizeAndTimeInNewInstance_ReusesMemoWithoutReading()
    {
        WriteData("abc", s_writeTime);
        new FileContentHasher(MemoFile).Hash(DataFile);
        WriteData("abd", s_writeTime);
        var hasher = new FileContentHasher(MemoFile);

        var hash = hasher.Hash(DataFile);

        Assert.Equal(AbcHash, hash);
        Assert.Equal(0, hasher.FilesRead);
    }

    [Fact]
    public void Hash_TimeChanged_ReadsFileAgain()
    {
        WriteData("abc", s_writeTime);
        new FileContentHasher(MemoFile).Hash(DataFile);
        WriteData("abc", s_writeTime.AddSeconds(1));
        var hasher = new FileContentHasher(MemoFile);

        var hash = hasher.Hash(DataFile);

        Assert.Equal(AbcHash, hash);
        Assert.Equal(1, hasher.FilesRead);
    }

    [Fact]
    public void Hash_CorruptMemo_IgnoresItAndRewritesIt()
    {
        WriteData("abc", s_writeTime);
        Directory.CreateDirectory(Path.GetDirectoryName(MemoFile)!);
        File.WriteAllText(MemoFile, "{\"truncated\": {\"size\": 3, \"lastWr");
        var hasher = new FileContentHasher(MemoFile);

        var hash = hasher.Hash(DataFile);

        Assert.Equal(AbcHash, hash);
        Assert.Equal(1, hasher.FilesRead);
        Assert.Contains(AbcHash, File.ReadAllText(MemoFile));
    }

    [Fact]
    public void Hash_MissingFile_ThrowsTT5003NamingTheFile()
    {
        var hasher = new FileContentHasher(memoPath: null);

        var exception = Assert.Throws<TrainTasksException>(() => hasher.Hash(DataFile));

        Assert.Equal("TT5003", exception.Diagnostic.Code);
        Assert.Equal(DataFile, exception.Diagnostic.Location?.File);
    }

    private void WriteData(string content, DateTime lastWriteUtc)
    {
        File.WriteAllText(DataFile, content);
        File.SetLastWriteTimeUtc(DataFile, lastWriteUtc);
    }
}
