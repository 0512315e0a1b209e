using System.Security.Cryptography;
using TrainTasks.Core.Diagnostics;
using TrainTasks.TestKit;
using TrainTasks.Torch.Native;

namespace TrainTasks.Torch.Tests.Native;

public sealed class PatchedLibraryCacheTests
{
    private const string Version = TorchNativeLoader.RequiredCppVersion;

    [Fact]
    public void GetOrCreate_FirstCall_WritesWeakCopyUnderHashOfOriginal()
    {
        var original = ElfVersionPatcherTests.CopyTorchSharpLibrary();
        var originalBytes = File.ReadAllBytes(original);
        var root = TestPaths.NewTemporaryDirectory();

        var path = PatchedLibraryCache.GetOrCreate(original, Version, root);

        var hash = Convert.ToHexStringLower(SHA256.HashData(originalBytes));
        Assert.Equal(Path.Combine(root, hash, NativeLibraryLocator.TorchSharpLibraryName), path);
        Assert.True(ElfVersionReader.ReadRequirements(File.ReadAllBytes(path)).Single(r => r.Name == Version).IsWeak);
        Assert.Equal(originalBytes, File.ReadAllBytes(original));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void GetOrCreate_DamagedCopyInCache_ReplacesIt()
    {
        var original = ElfVersionPatcherTests.CopyTorchSharpLibrary();
        var root = TestPaths.NewTemporaryDirectory();
        var path = PatchedLibraryCache.GetOrCreate(original, Version, root);
        var expected = File.ReadAllBytes(path);
        File.WriteAllBytes(path, [1, 2, 3]);

        var again = PatchedLibraryCache.GetOrCreate(original, Version, root);

        Assert.Equal(path, again);
        Assert.Equal(expected, File.ReadAllBytes(again));
    }

    [Fact]
    public void GetOrCreate_NotAnElfFile_ThrowsTT4003()
    {
        var folder = TestPaths.NewTemporaryDirectory();
        var fake = Path.Combine(folder, NativeLibraryLocator.TorchSharpLibraryName);
        File.WriteAllText(fake, "not a library");

        var error = Assert.Throws<TrainTasksException>(
            () => PatchedLibraryCache.GetOrCreate(fake, Version, Path.Combine(folder, "cache")));

        Assert.Equal("TT4003", error.Diagnostic.Code);
    }
}
