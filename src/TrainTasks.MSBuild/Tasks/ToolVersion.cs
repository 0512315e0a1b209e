using System.Diagnostics;

namespace TrainTasks.MSBuild.Tasks;

/// <summary>Reads the tool's version without starting it.</summary>
internal static class ToolVersion
{
    /// <summary>
    /// The informational version of <paramref name="toolAssembly"/> (its
    /// <c>AssemblyInformationalVersion</c>), the same text the tool writes into its stamps.
    /// </summary>
    public static string Read(string toolAssembly) =>
        FileVersionInfo.GetVersionInfo(toolAssembly).ProductVersion ?? string.Empty;
}
