using TrainTasks.Core.Specs;

namespace TrainTasks.Cli.Sweeping;

/// <summary>
/// Where a sweep keeps its study and its artifacts. The MSBuild task and the tool use the same
/// defaults, so <c>dotnet build</c> and <c>dotnet train sweep</c> share both.
/// </summary>
internal static class SweepLocations
{
    /// <summary>Environment variable that sets the artifact cache folder.</summary>
    public const string CacheVariable = "TRAINTASKS_CACHE_DIR";

    /// <summary>Option, then spec, then <see cref="DefaultCacheDirectory"/>.</summary>
    public static string CacheDirectory(SweepSpec spec, DirectoryInfo? option)
    {
        return option?.FullName ?? spec.CacheDirectory ?? DefaultCacheDirectory();
    }

    /// <summary>Environment, then the user's cache folder.</summary>
    public static string DefaultCacheDirectory()
    {
        if (Environment.GetEnvironmentVariable(CacheVariable) is { Length: > 0 } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        return Path.Combine(UserCacheRoot(), "traintasks", "artifacts");
    }

    /// <summary>Option, then spec, then <c>&lt;spec folder&gt;/.traintasks/&lt;name&gt;.db</c>.</summary>
    public static string StoragePath(SweepSpec spec, FileInfo? option) =>
        option?.FullName
        ?? spec.StoragePath
        ?? Path.Combine(Path.GetDirectoryName(spec.SpecPath)!, ".traintasks", $"{spec.Name}.db");

    /// <summary>Option, then <c>&lt;spec folder&gt;/models</c>.</summary>
    public static string OutputRoot(SweepSpec spec, DirectoryInfo? option) =>
        option?.FullName ?? Path.Combine(Path.GetDirectoryName(spec.SpecPath)!, "models");

    private static string UserCacheRoot()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        return string.IsNullOrEmpty(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache")
            : xdg;
    }
}
