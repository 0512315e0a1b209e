using System.Text;
using System.Text.RegularExpressions;
using TrainTasks.Torch.Native;

namespace TrainTasks.Torch.Tests.Native;

public sealed class ElfVersionReaderTests
{
    [Fact]
    public void ReadDefinitions_SystemCppRuntime_MatchesVersionStringsInFile()
    {
        var path = CppRuntimeProbe.Find() ?? throw new InvalidOperationException("no libstdc++ on this machine");
        var bytes = File.ReadAllBytes(path);
        var inFile = Regex.Matches(Encoding.Latin1.GetString(bytes), @"(?<=\0)(GLIBCXX_3\.4(\.\d+)?)(?=\0)")
            .Select(match => match.Groups[1].Value)
            .ToHashSet();

        var definitions = ElfVersionReader.ReadDefinitions(bytes);

        var defined = definitions.Where(name => name.StartsWith("GLIBCXX_", StringComparison.Ordinal)).ToHashSet();
        Assert.Contains("GLIBCXX_3.4", defined);
        Assert.Equal(inFile.Order(), defined.Order());
    }

    [Fact]
    public void ReadRequirements_TorchSharpLibrary_NamesCppRuntimeAsProvider()
    {
        var bytes = File.ReadAllBytes(ElfVersionPatcherTests.CopyTorchSharpLibrary());

        var requirements = ElfVersionReader.ReadRequirements(bytes);

        var required = Assert.Single(requirements, item => item.Name == TorchNativeLoader.RequiredCppVersion);
        Assert.Equal(CppRuntimeProbe.LibraryName, required.File);
        Assert.Contains(requirements, item => item.Name.StartsWith("GLIBC_", StringComparison.Ordinal));
    }
}
