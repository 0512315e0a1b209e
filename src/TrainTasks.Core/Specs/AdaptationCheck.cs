using System.Text.Json.Nodes;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Specs;

/// <summary>
/// Warns when the spec sets or searches <c>hypergradientRate</c> although no trial can adapt its
/// learning rate (<c>learningRateAdaptation</c> is <c>none</c> and not searched).
/// </summary>
internal static class AdaptationCheck
{
    /// <summary>The <c>learningRateAdaptation</c> value that reads <c>hypergradientRate</c>.</summary>
    public const string Hypergradient = "hypergradient";

    private const string AdaptationName = "learningRateAdaptation";
    private const string RateName = "hypergradientRate";

    /// <summary>Reports TT1070 at each place that gives <c>hypergradientRate</c> without effect.</summary>
    public static void Check(SpecContext context, JsonObject root, TrialParameters fixedParameters, SearchSpace space)
    {
        if (CanAdapt(fixedParameters, space))
        {
            return;
        }

        var searched = space.Parameters.Any(parameter => parameter.Name == RateName);
        if (root[BuiltInParameters.TrainingSection] is JsonObject training && training.ContainsKey(RateName))
        {
            var path = SpecDocument.Child($"$.{BuiltInParameters.TrainingSection}", RateName);
            context.Report(Messages.Spec_HypergradientRateUnused(context.AtKey(path), searched: false));
        }

        if (searched)
        {
            var path = SpecDocument.Child("$.space", RateName);
            context.Report(Messages.Spec_HypergradientRateUnused(context.AtKey(path), searched: true));
        }
    }

    private static bool CanAdapt(TrialParameters fixedParameters, SearchSpace space)
    {
        var adaptation = ParameterValue.FromString(Hypergradient);
        if (space.Parameters.FirstOrDefault(parameter => parameter.Name == AdaptationName) is { } searched)
        {
            return searched.Contains(adaptation);
        }

        return fixedParameters.TryGetValue(AdaptationName, out var value) && value.Equals(adaptation);
    }
}
