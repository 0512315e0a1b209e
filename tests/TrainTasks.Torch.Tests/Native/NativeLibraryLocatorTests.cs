using TrainTasks.Core.Diagnostics;
using TrainTasks.TestKit;
using TrainTasks.Torch.Native;

namespace TrainTasks.Torch.Tests.Native;

public sealed class NativeLibraryLocatorTests
{
    [Fact]
    public void Locate_EmptyFolders_ThrowsTT4001NamingFoldersAndFiles()
    {
        var first = TestPaths.NewTemporaryDirectory();
        var second = TestPaths.NewTemporaryDirectory();

        var error = Assert.Throws<TrainTasksException>(() => NativeLibraryLocator.Locate([first, second]));

        Assert.Equal("TT4001", error.Diagnostic.Code);
        Assert.Contains(first, error.Diagnostic.Message);
        Assert.Contains(second, error.Diagnostic.Message);
        Assert.Contains("libLibTorchSharp.so", error.Diagnostic.Message);
        Assert.Contains("libtorch_cpu.so", error.Diagnostic.Message);
    }

    [Fact]
    public void Locate_FilesSplitOverFolders_FindsEach()
    {
        var libTorch = TestPaths.NewTemporaryDirectory();
        var torchSharp = TestPaths.NewTemporaryDirectory();
        foreach (var name in NativeLibraryLocator.LibTorchLibraryNames.Append("libgomp-0123abcd.so.1"))
        {
            File.WriteAllText(Path.Combine(libTorch, name), "");
        }

        File.WriteAllText(Path.Combine(torchSharp, NativeLibraryLocator.TorchSharpLibraryName), "");

        var folders = NativeLibraryLocator.Locate([torchSharp, libTorch]);

        Assert.Equal(libTorch, folders.LibTorchFolder);
        Assert.Equal(torchSharp, folders.TorchSharpFolder);
    }
}
