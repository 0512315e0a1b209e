using System.Text.Json.Nodes;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Training;

namespace TrainTasks.Core.Specs;

/// <summary>
/// What strategy <c>gradient</c> asks of a spec: a space of continuous float parameters only
/// (log or linear, no step), at least one of them, and the validation loss minimized as the
/// objective, since that is the loss whose hypergradient the trainer returns.
/// </summary>
internal static class GradientSpecRules
{
    // val_mse is the validation loss of a regression task under another name; either may be
    // the objective once the metric list names it.
    private static readonly string[] s_validationLosses = ["val_loss", "val_mse"];

    /// <summary>Reports every rule <paramref name="strategy"/> <c>gradient</c> finds broken.</summary>
    public static void Check(
        SpecContext context,
        JsonObject root,
        string? strategy,
        SearchSpace space,
        Objective? objective,
        HypergradientSettings hypergradient)
    {
        if (strategy != StrategyCatalog.GradientStrategy)
        {
            return;
        }

        CheckSpace(context, root, space);
        CheckDifferentiable(context, space, hypergradient.Method);
        CheckObjective(context, root, objective);
    }

    private static void CheckSpace(SpecContext context, JsonObject root, SearchSpace space)
    {
        if (space.Parameters.Count == 0 && !HasEntries(root, "space"))
        {
            var path = root.ContainsKey("space") ? "$.space" : "$.strategy";
            context.Report(Messages.Spec_GradientSpaceEmpty(context.At(path)));
            return;
        }

        foreach (var parameter in space.Parameters)
        {
            if (KindOf(parameter) is not { } kind)
            {
                continue;
            }

            var section = BuiltInParameters.Find(parameter.Name)?.Section ?? BuiltInParameters.TrainingSection;
            var location = context.AtKey(SpecDocument.Child("$.space", parameter.Name));
            context.Report(Messages.Spec_GradientNeedsContinuous(location, parameter.Name, kind, section));
        }
    }

    // The built-in trainer differentiates the validation loss in the L2 penalties by either
    // method, and in the learning rate only through unrolled steps.
    private static void CheckDifferentiable(SpecContext context, SearchSpace space, HypergradientMethod method)
    {
        foreach (var parameter in space.Parameters.Where(parameter => KindOf(parameter) is null))
        {
            var name = parameter.Name;
            var differentiable = name == "l2"
                || BuiltInParameters.TryParseLayerL2(name, out _)
                || (name == "learningRate" && method == HypergradientMethod.Unrolled);
            if (!differentiable)
            {
                var location = context.AtKey(SpecDocument.Child("$.space", name));
                context.Report(Messages.Spec_GradientParameterNotDifferentiable(location, name));
            }
        }
    }

    private static void CheckObjective(SpecContext context, JsonObject root, Objective? objective)
    {
        if (objective is null
            || (s_validationLosses.Contains(objective.Metric)
                && objective.Direction == OptimizationDirection.Minimize))
        {
            return;
        }

        var direction = objective.Direction.ToString().ToLowerInvariant();
        var location = context.At(ObjectivePath(root, objective));
        context.Report(Messages.Spec_GradientNeedsValidationLoss(location, $"\"{objective.Metric}\" {direction}d"));
    }

    // Points at what the user wrote wrong: the metric, else the direction; at the strategy when
    // the spec left the objective to its default.
    private static string ObjectivePath(JsonObject root, Objective objective)
    {
        if (root["objective"] is not JsonObject given)
        {
            return "$.strategy";
        }

        if (given.ContainsKey("metric") && !s_validationLosses.Contains(objective.Metric))
        {
            return "$.objective.metric";
        }

        return given.ContainsKey("direction") ? "$.objective.direction" : "$.objective";
    }

    private static bool HasEntries(JsonObject root, string key) => root[key] is JsonObject { Count: > 0 };

    // The kind of a parameter the strategy cannot step, in words; null for a continuous float.
    private static string? KindOf(ParameterDefinition parameter) => parameter switch
    {
        FloatParameter { Step: not null } => "a float with a step (finitely many values)",
        FloatParameter => null,
        IntParameter => "an int",
        CategoricalParameter => "categorical",
        _ => "not a continuous float",
    };
}
