namespace TrainTasks.Cli.Sweeping;

/// <summary>What the user asked of <c>dotnet train run</c>.</summary>
/// <param name="Spec">The spec whose data, model and training settings to use.</param>
/// <param name="Assignments">Parameter settings, each <c>name=JSON value</c>.</param>
/// <param name="Output">
/// Where to write the model and metrics; default <c>&lt;spec folder&gt;/models/&lt;name&gt;/run</c>.
/// </param>
internal sealed record SingleRunOptions(FileInfo Spec, IReadOnlyList<string> Assignments, DirectoryInfo? Output);
