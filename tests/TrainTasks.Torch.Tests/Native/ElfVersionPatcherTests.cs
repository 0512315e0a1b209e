using TrainTasks.TestKit;
using TrainTasks.Torch.Native;

namespace TrainTasks.Torch.Tests.Native;

public sealed class ElfVersionPatcherTests
{
    private const string Version = TorchNativeLoader.RequiredCppVersion;

    [Fact]
    public void MarkWeak_CopyOfTorchSharpLibrary_SetsWeakFlagAndChangesNothingElse()
    {
        var original = File.ReadAllBytes(CopyTorchSharpLibrary());
        var before = ElfVersionReader.ReadRequirements(original).Single(item => item.Name == Version);

        var patched = ElfVersionPatcher.MarkWeak(original, Version);

        var after = ElfVersionReader.ReadRequirements(patched).Single(item => item.Name == Version);
        Assert.False(before.IsWeak);
        Assert.True(after.IsWeak);
        Assert.Equal(before.Flags | ElfVersionPatcher.WeakFlag, after.Flags);
        Assert.Equal(original.Length, patched.Length);
        var changed = Enumerable.Range(0, original.Length).Where(index => original[index] != patched[index]);
        Assert.Equal([before.FlagsOffset], changed.Select(index => (long)index));
    }

    [Fact]
    public void MarkWeak_CopyOfTorchSharpLibrary_LeavesInputArrayUntouched()
    {
        var original = File.ReadAllBytes(CopyTorchSharpLibrary());
        var snapshot = (byte[])original.Clone();

        _ = ElfVersionPatcher.MarkWeak(original, Version);

        Assert.Equal(snapshot, original);
    }

    [Fact]
    public void MarkWeak_VersionNotRequired_ThrowsInvalidData()
    {
        var original = File.ReadAllBytes(CopyTorchSharpLibrary());

        var error = Assert.Throws<InvalidDataException>(() => ElfVersionPatcher.MarkWeak(original, "GLIBCXX_9.9"));

        Assert.Contains("GLIBCXX_9.9", error.Message);
    }

    [Fact]
    public void MarkWeak_NotAnElfFile_ThrowsInvalidData()
    {
        var bytes = new byte[128];

        Assert.Throws<InvalidDataException>(() => ElfVersionPatcher.MarkWeak(bytes, Version));
    }

    internal static string CopyTorchSharpLibrary()
    {
        var source = NativeLibraryLocator.Locate(NativeLibraryLocator.CandidateFolders()).TorchSharpLibrary;
        var copy = Path.Combine(TestPaths.NewTemporaryDirectory(), NativeLibraryLocator.TorchSharpLibraryName);
        File.Copy(source, copy);
        return copy;
    }
}
