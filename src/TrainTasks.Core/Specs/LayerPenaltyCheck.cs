using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Specs;

/// <summary>
/// Checks each per-layer penalty <c>l2.k</c> of a spec against the models its configurations
/// build: an error (TT1048) when no configuration in which the penalty applies has weight layer k,
/// a warning (TT1049) when only some lack it, whose trials then fail with TT4056 while the sweep
/// goes on with the others.
/// </summary>
/// <remarks>
/// The configurations are those of the categorical parameters that decide the model's depth
/// (<c>architecture</c>, <c>hidden</c>) and the parents of them and of the searched penalties; a
/// parameter that a configuration leaves inactive takes its value from <c>model</c>/<c>training</c>,
/// as in a trial. A searched penalty applies where its entry is active, a fixed one everywhere.
/// </remarks>
internal static class LayerPenaltyCheck
{
    // Beyond this many configurations of those parameters, the trainer's own check (TT4056) is left
    // to find a missing layer, trial by trial.
    private const int EnumerationLimit = 100_000;

    private static readonly string[] s_depthParameters = ["architecture", "hidden"];

    /// <summary>Reports TT1048 or TT1049 at each place that gives a penalty of a layer some models lack.</summary>
    public static void Check(SpecContext context, TrialParameters fixedParameters, SearchSpace space)
    {
        var penalties = FindPenalties(fixedParameters, space);
        if (penalties.Count == 0 || Models(fixedParameters, space, penalties) is not { } models)
        {
            return;
        }

        foreach (var penalty in penalties)
        {
            var applying = models.Where(model => penalty.AppliesIn(space, model.Configuration)).ToList();
            var lacking = applying.Where(model => model.Layers <= penalty.Layer).ToList();
            if (lacking.Count == 0)
            {
                continue;
            }

            var diagnostic = lacking.Count == applying.Count
                ? NeverApplies(context, penalty, applying)
                : SomeLack(context, penalty, lacking, LayerCondition(space, penalty, applying));
            context.Report(diagnostic);
        }
    }

    private static List<Penalty> FindPenalties(TrialParameters fixedParameters, SearchSpace space)
    {
        var penalties = new List<Penalty>();
        foreach (var name in fixedParameters.Keys)
        {
            if (BuiltInParameters.TryParseLayerL2(name, out var layer))
            {
                penalties.Add(new Penalty(name, layer, Searched: null, fixedParameters[name]));
            }
        }

        foreach (var parameter in space.Parameters)
        {
            if (BuiltInParameters.TryParseLayerL2(parameter.Name, out var layer))
            {
                penalties.Add(new Penalty(parameter.Name, layer, parameter, FixedValue: null));
            }
        }

        return penalties;
    }

    // Every configuration of the parameters the check reads, with the model it builds; null when
    // there are too many to list.
    private static List<Model>? Models(TrialParameters fixedParameters, SearchSpace space, List<Penalty> penalties)
    {
        var names = s_depthParameters.Concat(penalties.Select(penalty => penalty.Name))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var parameter in space.InDependencyOrder.Reverse())
        {
            if (names.Contains(parameter.Name) && parameter.When is { } condition)
            {
                names.Add(condition.Parent);
            }
        }

        var deciding = new SearchSpace(space.Parameters
            .Where(parameter => parameter is CategoricalParameter && names.Contains(parameter.Name))
            .ToArray());
        if (deciding.Cardinality > EnumerationLimit)
        {
            return null;
        }

        return deciding.EnumerateGrid().Select(configuration => Model.Of(fixedParameters, configuration)).ToList();
    }

    private static Diagnostic NeverApplies(SpecContext context, Penalty penalty, List<Model> applying)
    {
        var deepest = applying.MaxBy(model => model.Layers)!;
        return Messages.Spec_LayerPenaltyNeverApplies(
            context.AtKey(penalty.Path),
            penalty.Name,
            penalty.FixedValue?.CanonicalJson,
            penalty.Layer,
            deepest.Layers,
            deepest.Description);
    }

    private static Diagnostic SomeLack(SpecContext context, Penalty penalty, List<Model> lacking, string condition)
    {
        var first = lacking[0];
        return Messages.Spec_LayerPenaltySomeLack(
            context.AtKey(penalty.Path),
            penalty.Name,
            penalty.FixedValue?.CanonicalJson,
            penalty.Layer,
            first.Layers,
            first.Description,
            condition);
    }

    // The "when" that keeps the penalty to the configurations with its layer, written as the spec
    // would: a parent whose choices split the configurations with the layer from those without it.
    private static string LayerCondition(SearchSpace space, Penalty penalty, List<Model> applying)
    {
        if (penalty.Searched?.When is null)
        {
            foreach (var parent in s_depthParameters)
            {
                if (SplittingChoices(space, parent, penalty, applying) is { } choices)
                {
                    return $"{{ \"{parent}\": [{string.Join(", ", choices.Select(choice => choice.CanonicalJson))}] }}";
                }
            }
        }

        return "{ \"<parent>\": [<the choices that have the layer>] }";
    }

    private static List<ParameterValue>? SplittingChoices(
        SearchSpace space,
        string parent,
        Penalty penalty,
        List<Model> applying)
    {
        if (space.Parameters.FirstOrDefault(parameter => parameter.Name == parent) is not CategoricalParameter
            { When: null } categorical)
        {
            return null;
        }

        var deep = categorical.Choices
            .Where(choice => applying.Any(model => model.Configuration[parent].Equals(choice)))
            .Where(choice => applying.All(model =>
                !model.Configuration[parent].Equals(choice) || model.Layers > penalty.Layer))
            .ToList();
        var splits = applying.All(model =>
            deep.Contains(model.Configuration[parent]) == model.Layers > penalty.Layer);
        return splits && deep.Count > 0 ? deep : null;
    }

    /// <summary>One place that gives a per-layer penalty: under <c>training</c> or under <c>space</c>.</summary>
    private sealed record Penalty(string Name, int Layer, ParameterDefinition? Searched, ParameterValue? FixedValue)
    {
        public string Path => SpecDocument.Child(
            Searched is null ? $"$.{BuiltInParameters.TrainingSection}" : "$.space",
            Name);

        public bool AppliesIn(SearchSpace space, TrialParameters configuration) =>
            Searched is null || space.IsActive(Searched, configuration);
    }

    /// <summary>A configuration of the deciding parameters and the model it builds.</summary>
    private sealed record Model(TrialParameters Configuration, int Layers, string Description)
    {
        public static Model Of(TrialParameters fixedParameters, TrialParameters configuration)
        {
            var architecture = ValueOf("architecture").AsString();
            var hidden = ValueOf("hidden");
            var layers = WeightLayers.Count(architecture, hidden.AsInt64List().Count);
            return new Model(configuration, layers, WeightLayers.Describe(architecture, hidden.CanonicalJson));

            ParameterValue ValueOf(string name) =>
                configuration.TryGetValue(name, out var value) ? value : fixedParameters[name];
        }
    }
}
