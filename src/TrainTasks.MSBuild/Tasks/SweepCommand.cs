using System.Globalization;
using System.Text;

namespace TrainTasks.MSBuild.Tasks;

/// <summary>
/// The command line that starts <c>dotnet-train sweep</c> through <c>dotnet exec</c>, and the
/// stamp key: the sweep's own arguments, which the tool records in the stamp it writes.
/// </summary>
internal sealed class SweepCommand
{
    private const string ProgressSwitch = "--progress";
    private const string ProgressMode = "plain";

    private SweepCommand(IReadOnlyList<string> hostArguments, IReadOnlyList<string> sweepArguments)
    {
        SweepArguments = sweepArguments;
        Arguments = [.. hostArguments, .. sweepArguments, ProgressSwitch, ProgressMode];
    }

    /// <summary>Every argument given to the dotnet host, in order, unquoted.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>The tool's arguments from <c>sweep</c> on, without <c>--progress</c>.</summary>
    public IReadOnlyList<string> SweepArguments { get; }

    /// <summary>
    /// The text a stamp is checked against: <see cref="SweepArguments"/> joined by single
    /// spaces, unquoted. The tool must record the same text: its argument list after the
    /// assembly path, less <c>--progress</c> and its value.
    /// </summary>
    public string StampKey => string.Join(' ', SweepArguments);

    /// <summary>Builds the command for <paramref name="options"/>.</summary>
    public static SweepCommand Create(SweepOptions options)
    {
        var toolDirectory = Path.GetDirectoryName(options.ToolAssembly) ?? string.Empty;
        var toolName = Path.GetFileNameWithoutExtension(options.ToolAssembly);
        var hostArguments = new List<string>
        {
            "exec",
            "--runtimeconfig", Path.Combine(toolDirectory, toolName + ".runtimeconfig.json"),
            "--depsfile", Path.Combine(toolDirectory, toolName + ".deps.json"),
            "--additionalprobingpath", options.PackageRoot,
            options.ToolAssembly,
        };
        return new SweepCommand(hostArguments, BuildSweepArguments(options));
    }

    /// <summary>The arguments as one line, each quoted when it must be, for the build log.</summary>
    public string ToDisplayString()
    {
        var builder = new StringBuilder();
        foreach (var argument in Arguments)
        {
            builder.Append(builder.Length == 0 ? string.Empty : " ").Append(Quote(argument));
        }

        return builder.ToString();
    }

    private static List<string> BuildSweepArguments(SweepOptions options)
    {
        var arguments = new List<string>
        {
            "sweep", options.SpecFile,
            "--out", options.OutputDirectory,
            "--stamp", options.StampFile,
        };
        AddIfPresent(arguments, "--cache-dir", options.CacheDirectory);
        AddIfPresent(arguments, "--storage", options.Storage);
        AddIfPresent(arguments, "--trials", options.Trials?.ToString(CultureInfo.InvariantCulture));
        AddIfPresent(arguments, "--seed", options.Seed?.ToString(CultureInfo.InvariantCulture));
        arguments.AddRange(options.ExtraArguments);
        return arguments;
    }

    private static void AddIfPresent(List<string> arguments, string option, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            arguments.Add(option);
            arguments.Add(value);
        }
    }

    private static string Quote(string argument)
    {
        if (argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c == '"'))
        {
            return argument;
        }

        return "\"" + argument.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
