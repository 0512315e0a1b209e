using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace TrainTasks.Core.Fingerprints;

/// <summary>
/// What the last successful build of a sweep read and wrote, so the MSBuild task can tell
/// "up to date, nothing to train" without starting the tool; also the summary the task turns
/// into output items.
/// </summary>
/// <remarks>
/// Compiled into the MSBuild task assembly too (linked source): uses only the base class
/// library and System.Text.Json. <see cref="Check"/> hashes an input only when its size or
/// last-write time changed, so an unchanged build costs a few file-system calls.
/// </remarks>
public sealed record BuildStamp
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The TrainTasks version that wrote the stamp.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>The canonical argument string the build passed to the tool.</summary>
    public required string Arguments { get; init; }

    /// <summary>Every file the sweep read (spec and data), with content hashes.</summary>
    public required IReadOnlyList<BuildStampFile> Inputs { get; init; }

    /// <summary>Every file the sweep wrote (model, best parameters, reports).</summary>
    public required IReadOnlyList<BuildStampFile> Outputs { get; init; }

    /// <summary>The sweep name.</summary>
    public required string SweepName { get; init; }

    /// <summary>Full path of the best model file.</summary>
    public string? ModelPath { get; init; }

    /// <summary>Full path of <c>best-params.json</c>.</summary>
    public string? BestParamsPath { get; init; }

    /// <summary>Full path of <c>report.md</c>.</summary>
    public string? ReportPath { get; init; }

    /// <summary>The metric the sweep optimized, such as <c>val_accuracy</c>.</summary>
    public string? ObjectiveMetric { get; init; }

    /// <summary>The best trial's objective value; null when no trial completed.</summary>
    public double? BestValue { get; init; }

    /// <summary>The best trial's parameters: name to canonical JSON text of the value.</summary>
    public IReadOnlyDictionary<string, string> BestParameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Reads a stamp; null when the file is missing, unreadable or not a stamp.</summary>
    public static BuildStamp? TryRead(string path)
    {
        try
        {
            var stamp = JsonSerializer.Deserialize<BuildStamp>(File.ReadAllText(path), s_json);
            return stamp is { ToolVersion: not null, Arguments: not null, Inputs: not null, Outputs: not null }
                ? stamp
                : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException
            or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Writes the stamp, replacing any old one in one step (temporary file, then rename).</summary>
    public void Write(string path)
    {
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var temporary = fullPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            File.WriteAllText(temporary, JsonSerializer.Serialize(this, s_json));
            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Whether the outputs are up to date for a build with this tool version and these arguments.
    /// </summary>
    /// <param name="currentToolVersion">The TrainTasks version of this build.</param>
    /// <param name="arguments">The canonical argument string this build would pass to the tool.</param>
    /// <param name="reason">Why the build must run, for a low-importance log line; empty when up to date.</param>
    /// <param name="currentInputs">
    /// The input files this build would read; when given, a changed set means not up to date.
    /// </param>
    public bool Check(
        string currentToolVersion,
        string arguments,
        out string reason,
        IEnumerable<string>? currentInputs = null)
    {
        reason = CheckSettings(currentToolVersion, arguments, currentInputs)
            ?? Outputs.Select(CheckOutput).FirstOrDefault(problem => problem is not null)
            ?? Inputs.Select(CheckInput).FirstOrDefault(problem => problem is not null)
            ?? string.Empty;
        return reason.Length == 0;
    }

    private string? CheckSettings(string currentToolVersion, string arguments, IEnumerable<string>? currentInputs)
    {
        if (!string.Equals(ToolVersion, currentToolVersion, StringComparison.Ordinal))
        {
            return $"the tool version changed from {ToolVersion} to {currentToolVersion}";
        }

        if (!string.Equals(Arguments, arguments, StringComparison.Ordinal))
        {
            return "the build passes other arguments than the last build";
        }

        if (currentInputs is null)
        {
            return null;
        }

        var expected = new HashSet<string>(Inputs.Select(input => input.Path), StringComparer.Ordinal);
        return expected.SetEquals(currentInputs.Select(Path.GetFullPath))
            ? null
            : "the set of input files changed";
    }

    private static string? CheckOutput(BuildStampFile output)
    {
        var info = new FileInfo(output.Path);
        if (!info.Exists)
        {
            return $"output '{output.Path}' is missing";
        }

        return info.Length == output.Size && info.LastWriteTimeUtc.Ticks == output.LastWriteTicks
            ? null
            : $"output '{output.Path}' changed since the last build";
    }

    private static string? CheckInput(BuildStampFile input)
    {
        var info = new FileInfo(input.Path);
        if (!info.Exists)
        {
            return $"input '{input.Path}' is missing";
        }

        if (info.Length == input.Size && info.LastWriteTimeUtc.Ticks == input.LastWriteTicks)
        {
            return null;
        }

        // Size or time changed: only the content decides, so a touched file is still up to date.
        return info.Length == input.Size && HasHash(input.Path, input.Sha256)
            ? null
            : $"input '{input.Path}' changed since the last build";
    }

    private static bool HasHash(string path, string? expected)
    {
        try
        {
            return BuildStampFile.HashContent(path) == expected;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
