namespace TrainTasks.MSBuild.Tasks;

/// <summary>Finds the dotnet host that starts the tool: the one running the build, else PATH's.</summary>
internal static class DotnetHost
{
    /// <summary>The variable the dotnet CLI sets to its own host for the tools it starts.</summary>
    public const string HostPathVariable = "DOTNET_HOST_PATH";

    /// <summary>Returns the full path of the dotnet host, or null when there is none.</summary>
    public static string? Find()
    {
        var fromBuild = Environment.GetEnvironmentVariable(HostPathVariable);
        if (!string.IsNullOrEmpty(fromBuild) && File.Exists(fromBuild))
        {
            return fromBuild;
        }

        return FindOnPath(OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
    }

    private static string? FindOnPath(string fileName)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, fileName))
            .FirstOrDefault(File.Exists);
    }
}
