namespace TrainTasks.TestKit;

/// <summary>Locations the tests share.</summary>
public static class TestPaths
{
    /// <summary>The repository root, found by walking up to <c>TrainTasks.sln</c>.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The folder of small real data sets copied into the repository for tests.</summary>
    public static string DataDirectory => Path.Combine(RepositoryRoot, "tests", "data");

    /// <summary>Makes a new empty folder under the system temporary folder.</summary>
    public static string NewTemporaryDirectory(string prefix = "traintasks-test")
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TrainTasks.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new InvalidOperationException($"No TrainTasks.sln above {AppContext.BaseDirectory}.");
    }
}
