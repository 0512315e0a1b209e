using TorchSharp;
using TrainTasks.Torch.Native;

namespace TrainTasks.Torch.Tests.Native;

public sealed class TorchNativeLoaderTests
{
    [Fact]
    public void Decide_RuntimeDefinesRequiredVersion_LeavesLibrariesAlone()
    {
        string[] versions = ["GLIBCXX_3.4", "GLIBCXX_3.4.31", "GLIBCXX_3.4.32", "GLIBCXX_3.4.33"];

        var decision = TorchNativeLoader.Decide(versions);

        Assert.Equal(NativeLoadCase.SystemRuntimeSufficient, decision);
    }

    [Theory]
    [InlineData("GLIBCXX_3.4 GLIBCXX_3.4.30 CXXABI_1.3.13")]
    [InlineData("")]
    [InlineData("GLIBCXX_3.4.320")]
    public void Decide_RuntimeLacksRequiredVersion_UsesPatchedCopy(string versions)
    {
        var list = versions.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var decision = TorchNativeLoader.Decide(list);

        Assert.Equal(NativeLoadCase.PatchedCopy, decision);
    }

    [Fact]
    public void EnsureLoaded_ThisMachine_BranchMatchesRuntimeAndTensorsWork()
    {
        var runtime = CppRuntimeProbe.Find();
        var expected = TorchNativeLoader.Decide(runtime is null ? [] : CppRuntimeProbe.ReadVersions(runtime));

        var report = TorchNativeLoader.EnsureLoaded();
        using var sum = (torch.ones(3) * 2).sum();

        Assert.Equal(expected, report.Case);
        Assert.Equal(6f, sum.item<float>());
        Assert.Equal(expected == NativeLoadCase.PatchedCopy, report.PatchedLibraryPath is not null);
    }

    [Fact]
    public void EnsureLoaded_CalledTwice_ReturnsSameReport()
    {
        var first = TorchNativeLoader.EnsureLoaded();

        var second = TorchNativeLoader.EnsureLoaded();

        Assert.Same(first, second);
    }

    [Fact]
    public void Doctor_AfterLoad_ReportsVersionsAndThreads()
    {
        var info = TorchNativeLoader.Doctor();

        Assert.True(info.IsHealthy);
        Assert.Equal("0.107.0", info.TorchSharpVersion);
        Assert.Equal("2.10.0", info.LibTorchVersion);
        Assert.True(info.Threads >= 1);
        Assert.Contains(info.ToLines(), line => line.StartsWith("case: ", StringComparison.Ordinal));
    }
}
