using System.Text.Json;

namespace TrainTasks.TestKit;

/// <summary>
/// What the fake tool does when started: the lines it prints, whether it writes the stamp file
/// it is given with <c>--stamp</c>, and its exit code. It records its arguments beside the
/// script, so a test can tell whether, and how, it was started.
/// </summary>
/// <param name="StandardOutput">Lines for stdout.</param>
/// <param name="StandardError">Lines for stderr.</param>
/// <param name="ExitCode">The code it exits with.</param>
/// <param name="WriteStamp">Whether it writes a file at the path after <c>--stamp</c>.</param>
public sealed record FakeToolScript(
    IReadOnlyList<string> StandardOutput,
    IReadOnlyList<string> StandardError,
    int ExitCode,
    bool WriteStamp = false)
{
    /// <summary>The environment variable that points the fake tool at its script.</summary>
    public const string ScriptVariable = "TRAINTASKS_FAKE_TOOL_SCRIPT";

    /// <summary>Writes the script into <paramref name="directory"/> and returns its path.</summary>
    public string WriteTo(string directory)
    {
        var path = Path.Combine(directory, "fake-tool-script.json");
        File.WriteAllText(path, JsonSerializer.Serialize(this));
        return path;
    }

    /// <summary>The file where the fake tool records the arguments of a run of <paramref name="scriptPath"/>.</summary>
    public static string ArgumentsFile(string scriptPath) => scriptPath + ".args.json";

    /// <summary>The arguments the fake tool was started with, or null when it never started.</summary>
    public static IReadOnlyList<string>? ReadRecordedArguments(string scriptPath)
    {
        var path = ArgumentsFile(scriptPath);
        return File.Exists(path) ? JsonSerializer.Deserialize<List<string>>(File.ReadAllText(path)) : null;
    }
}
