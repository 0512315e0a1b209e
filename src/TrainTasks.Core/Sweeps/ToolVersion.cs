using System.Reflection;

namespace TrainTasks.Core.Sweeps;

/// <summary>The TrainTasks version, as built: recorded in cache manifests and build stamps.</summary>
public static class ToolVersion
{
    /// <summary>The informational version of this assembly (version and source revision).</summary>
    public static string Current { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolVersion).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
