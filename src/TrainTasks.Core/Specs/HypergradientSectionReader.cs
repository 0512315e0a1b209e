using System.Text.Json.Nodes;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Training;

namespace TrainTasks.Core.Specs;

/// <summary>Reads <c>training.hypergradient</c>: the method and its settings.</summary>
internal static class HypergradientSectionReader
{
    /// <summary>The key of the settings object in the <c>training</c> section.</summary>
    public const string Key = "hypergradient";

    private const string Path = "$.training.hypergradient";
    private const int MaximumCount = 100_000;

    private static readonly string[] s_methods = ["implicit", "unrolled"];
    private static readonly string[] s_implicitKeys = ["neumannTerms", "neumannScale"];
    private static readonly string[] s_unrolledKeys = ["unrolledSteps"];

    /// <summary>The settings; the defaults when the spec gives none or when they have errors.</summary>
    public static HypergradientSettings Read(SpecContext context, JsonObject root)
    {
        var defaults = HypergradientSettings.Default;
        if (context.GetObject(root, "$", BuiltInParameters.TrainingSection) is not { } training
            || context.GetObject(training, "$.training", Key) is not { } settings)
        {
            return defaults;
        }

        context.CheckKeys(settings, Path, ["method", .. s_implicitKeys, .. s_unrolledKeys]);
        var method = ReadMethod(context, settings);
        CheckOtherMethodKeys(context, settings, method);
        var terms = ReadCount(context, settings, "neumannTerms") ?? defaults.NeumannTerms;
        var scale = context.GetNumber(settings, Path, "neumannScale");
        context.CheckRange($"{Path}.neumannScale", scale, scale is null or > 0, "above 0");
        var steps = ReadCount(context, settings, "unrolledSteps") ?? defaults.UnrolledSteps;
        return new HypergradientSettings(method, terms, scale, steps);
    }

    private static HypergradientMethod ReadMethod(SpecContext context, JsonObject settings)
    {
        var method = context.GetString(settings, Path, "method") ?? "implicit";
        if (!s_methods.Contains(method))
        {
            context.Report(Messages.Spec_ValueNotAllowed(context.At($"{Path}.method"), $"\"{method}\"", s_methods));
        }

        return method == "unrolled" ? HypergradientMethod.Unrolled : HypergradientMethod.Implicit;
    }

    private static void CheckOtherMethodKeys(SpecContext context, JsonObject settings, HypergradientMethod method)
    {
        var (foreign, owner) = method == HypergradientMethod.Implicit
            ? (s_unrolledKeys, "unrolled")
            : (s_implicitKeys, "implicit");
        foreach (var key in foreign.Where(settings.ContainsKey))
        {
            var location = context.AtKey(SpecDocument.Child(Path, key));
            context.Report(Messages.Spec_HypergradientSettingOfOtherMethod(location, key, owner));
        }
    }

    private static int? ReadCount(SpecContext context, JsonObject settings, string key)
    {
        var value = context.GetInteger(settings, Path, key);
        var valid = context.CheckRange(
            SpecDocument.Child(Path, key),
            value,
            value is null or (>= 1 and <= MaximumCount),
            $"from 1 to {MaximumCount}");
        return valid ? (int?)value : null;
    }
}
