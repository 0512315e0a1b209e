namespace TrainTasks.MSBuild.Tasks;

/// <summary>The validated inputs of one sweep, as full paths and parsed numbers.</summary>
/// <param name="ToolAssembly">Full path of <c>dotnet-train.dll</c>.</param>
/// <param name="PackageRoot">The NuGet package folder the host probes for TorchSharp.</param>
/// <param name="SpecFile">Full path of the sweep spec.</param>
/// <param name="OutputDirectory">Full path of the models root.</param>
/// <param name="StampFile">Full path of the stamp the tool writes.</param>
/// <param name="CacheDirectory">The artifact cache folder, or null for the tool's default.</param>
/// <param name="Storage">The study storage, or null for the tool's default.</param>
/// <param name="Trials">The trial budget override, or null for the spec's.</param>
/// <param name="Seed">The seed override, or null for the spec's.</param>
/// <param name="ExtraArguments">Further tool arguments, one per element.</param>
internal sealed record SweepOptions(
    string ToolAssembly,
    string PackageRoot,
    string SpecFile,
    string OutputDirectory,
    string StampFile,
    string? CacheDirectory,
    string? Storage,
    int? Trials,
    int? Seed,
    IReadOnlyList<string> ExtraArguments);
