using System.Text;
using System.Text.Json.Nodes;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Fingerprints;
using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Specs;

/// <summary>
/// Loads a sweep spec (JSON) into a <see cref="SweepSpec"/>, or reports every problem it
/// finds, each with file, line, column and JSON path. Loading has no side effects.
/// </summary>
public static class SweepSpecLoader
{
    /// <summary>The top-level keys a spec may have.</summary>
    public static IReadOnlyList<string> TopLevelKeys { get; } =
    [
        "$schema", "name", "seed", "threads", "data", "model", "training", "space",
        "objective", "strategy", "budget", "refit", "cache", "storage",
    ];

    // Parts of the spec that decide neither which trials a study proposes nor what they give.
    private static readonly string[] s_outsideStudy = ["$schema", "budget", "refit", "cache", "storage"];

    /// <summary>Reads and validates the spec file at <paramref name="path"/>.</summary>
    /// <param name="path">The spec file; relative paths inside it are taken from its folder.</param>
    public static SpecLoadResult Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new SpecLoadResult(null, [Messages.Spec_CannotRead(path, exception.Message)]);
        }

        return Parse(bytes, path, Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>Validates spec text, as if it were read from <paramref name="displayFile"/>.</summary>
    /// <param name="json">The spec text.</param>
    /// <param name="displayFile">The file name diagnostics show, such as <c>sweep.json</c>.</param>
    /// <param name="baseDirectory">
    /// The folder relative paths are taken from; default: the folder of <paramref name="displayFile"/>.
    /// </param>
    public static SpecLoadResult Parse(string json, string displayFile, string? baseDirectory = null)
    {
        var folder = baseDirectory ?? Path.GetDirectoryName(Path.GetFullPath(displayFile))!;
        return Parse(Encoding.UTF8.GetBytes(json), displayFile, folder);
    }

    private static SpecLoadResult Parse(byte[] bytes, string file, string baseDirectory)
    {
        var diagnostics = new List<Diagnostic>();
        var document = SpecDocumentReader.Read(file, bytes, diagnostics);
        if (document is null)
        {
            return new SpecLoadResult(null, diagnostics);
        }

        var context = new SpecContext(file, baseDirectory, document, diagnostics);
        if (document.Root is not JsonObject root)
        {
            context.WrongType<object>("$", document.Root, "an object");
            return new SpecLoadResult(null, diagnostics);
        }

        var spec = Validate(context, root, Path.GetFullPath(Path.Combine(baseDirectory, file)));
        return new SpecLoadResult(context.HasErrors ? null : spec, diagnostics);
    }

    private static SweepSpec? Validate(SpecContext context, JsonObject root, string specPath)
    {
        context.CheckKeys(root, "$", TopLevelKeys.ToArray());
        context.GetString(root, "$", "$schema");
        var name = SpecSettingsReader.ReadName(context, root);
        var seed = SpecSettingsReader.ReadSeed(context, root);
        var threads = SpecSettingsReader.ReadThreads(context, root);
        var data = DataSectionReader.Read(context, root);
        var fixedParameters = ParameterSectionReader.Read(context, root);
        var hypergradient = HypergradientSectionReader.Read(context, root);
        var space = SpaceSectionReader.Read(context, root);
        var objective = SpecSettingsReader.ReadObjective(context, root, data?.Task);
        var strategy = SpecSettingsReader.ReadStrategy(context, root);
        var strategyOptions = strategy is null
            ? new Dictionary<string, double>()
            : SpecSettingsReader.ReadStrategyOptions(context, root, strategy);
        var trials = SpecSettingsReader.ReadBudget(context, root);
        var refit = context.GetBoolean(root, "$", "refit") ?? false;
        var cache = SpecSettingsReader.ReadPath(context, root, "cache");
        var storage = SpecSettingsReader.ReadPath(context, root, "storage");
        CheckGrid(context, strategy, space);
        GradientSpecRules.Check(context, root, strategy, space, objective, hypergradient);
        AdaptationCheck.Check(context, root, fixedParameters, space);
        LayerPenaltyCheck.Check(context, fixedParameters, space);

        if (context.HasErrors)
        {
            return null;
        }

        return new SweepSpec
        {
            Name = name!,
            SpecPath = specPath,
            Data = data!,
            Fixed = fixedParameters,
            Hypergradient = hypergradient,
            Space = space,
            Objective = objective!,
            Strategy = strategy!,
            StrategyOptions = strategyOptions,
            Trials = trials,
            Refit = refit,
            Seed = seed,
            Threads = threads,
            CacheDirectory = cache,
            StoragePath = storage,
            StudyDefinition = WriteStudyDefinition(root, strategy!, strategyOptions),
        };
    }

    private static void CheckGrid(SpecContext context, string? strategy, SearchSpace space)
    {
        if (strategy != "grid")
        {
            return;
        }

        foreach (var parameter in space.Parameters.Where(parameter => !parameter.IsFinite))
        {
            var path = SpecDocument.Child("$.space", parameter.Name);
            context.Report(Messages.Spec_GridNeedsStep(context.AtKey(path), parameter.Name));
        }
    }

    // Paths stay as written (relative to the spec), so the same spec in another clone or on
    // another machine defines the same study. The strategy is written by its resolved name, so
    // "random", {"type": "random"} and no strategy at all define the same study; options join
    // it only when given, since they change what the sampler proposes.
    private static string WriteStudyDefinition(
        JsonObject root,
        string strategy,
        IReadOnlyDictionary<string, double> options)
    {
        var study = (JsonObject)root.DeepClone();
        foreach (var key in s_outsideStudy)
        {
            study.Remove(key);
        }

        study["strategy"] = options.Count == 0
            ? strategy
            : new JsonObject(options.Select(option => new KeyValuePair<string, JsonNode?>(option.Key, option.Value))
                .Prepend(new("type", strategy)));
        return CanonicalJson.Write(study);
    }
}
