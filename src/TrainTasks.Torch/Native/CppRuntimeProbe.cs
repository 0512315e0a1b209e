namespace TrainTasks.Torch.Native;

/// <summary>Finds the C++ runtime (libstdc++) the process uses and the symbol versions it defines.</summary>
public static class CppRuntimeProbe
{
    /// <summary>The file name the dynamic loader looks for.</summary>
    public const string LibraryName = "libstdc++.so.6";

    private static readonly string[] s_standardFolders =
    [
        "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64", "/usr/lib64", "/lib", "/usr/lib",
    ];

    /// <summary>
    /// The C++ runtime of this process: the one already mapped (from <c>/proc/self/maps</c>), else the first
    /// <c>libstdc++.so.6</c> in <c>LD_LIBRARY_PATH</c> and the standard library folders; null when none exists.
    /// </summary>
    /// <remarks>
    /// Limitation: the fallback does not read <c>/etc/ld.so.cache</c>, so a runtime installed only in a folder
    /// named there is missed and the patched copy is used; that copy also loads with a newer runtime.
    /// </remarks>
    public static string? Find() => FindMapped() ?? FindOnSearchPath();

    /// <summary>The symbol versions the library at <paramref name="path"/> defines, such as
    /// <c>GLIBCXX_3.4.30</c>.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">The file is not a little-endian ELF64 library.</exception>
    public static IReadOnlyList<string> ReadVersions(string path) =>
        ElfVersionReader.ReadDefinitions(File.ReadAllBytes(path));

    private static string? FindMapped()
    {
        const string maps = "/proc/self/maps";
        if (!File.Exists(maps))
        {
            return null;
        }

        return File.ReadLines(maps)
            .Select(line => line.IndexOf('/') is var start and >= 0 ? line[start..].Trim() : null)
            .FirstOrDefault(path => path is not null
                && Path.GetFileName(path).StartsWith("libstdc++.so", StringComparison.Ordinal));
    }

    private static string? FindOnSearchPath()
    {
        var configured = (Environment.GetEnvironmentVariable("LD_LIBRARY_PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries);
        return configured.Concat(s_standardFolders)
            .Select(folder => Path.Combine(folder, LibraryName))
            .FirstOrDefault(File.Exists);
    }
}
