using System.Text.Json;
using System.Text.Json.Nodes;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Training;

namespace TrainTasks.Core.Specs;

/// <summary>Reads <c>training.hypergradient</c>: the method and its settings (TT1064–TT1066).</summary>
internal static class HypergradientSectionReader
{
    /// <summary>The key of the settings object in the <c>training</c> section.</summary>
    public const string Key = "hypergradient";

    private const string Path = "$.training.hypergradient";
    private const int MaximumCount = 100_000;
    private const int MaximumHessianRows = 100_000_000;

    private static readonly string[] s_methods = ["implicit", "unrolled"];
    private static readonly string[] s_implicitKeys =
        ["neumannTerms", "neumannScale", "hessianRows", "hessianSampling"];
    private static readonly string[] s_samplings = ["fixed", "perTerm"];
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
        var rows = ReadHessianRows(context, settings);
        var sampling = ReadSampling(context, settings, rows);
        return new HypergradientSettings(method, terms, scale, steps, rows, sampling);
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

    // A count, "all" (null: every row) or, when absent or wrong, the default.
    private static int? ReadHessianRows(SpecContext context, JsonObject settings)
    {
        if (!settings.TryGetPropertyValue("hessianRows", out var value))
        {
            return HypergradientSettings.DefaultHessianRows;
        }

        var kind = SpecContext.KindOf(value);
        if (kind == JsonValueKind.String && value!.GetValue<string>() == "all")
        {
            return null;
        }

        var number = kind == JsonValueKind.Number ? value!.GetValue<JsonElement>().GetDouble() : 0;
        if (number >= 1 && number <= MaximumHessianRows && number == Math.Floor(number))
        {
            return (int)number;
        }

        var location = context.At(SpecDocument.Child(Path, "hessianRows"));
        context.Report(Messages.Spec_HessianRowsInvalid(location, SpecContext.Quote(value), MaximumHessianRows));
        return HypergradientSettings.DefaultHessianRows;
    }

    private static HessianSampling ReadSampling(SpecContext context, JsonObject settings, int? rows)
    {
        var sampling = context.GetString(settings, Path, "hessianSampling");
        var path = SpecDocument.Child(Path, "hessianSampling");
        if (sampling is not null && !s_samplings.Contains(sampling))
        {
            context.Report(Messages.Spec_ValueNotAllowed(context.At(path), $"\"{sampling}\"", s_samplings));
        }

        if (sampling == "perTerm" && rows is null)
        {
            context.Report(Messages.Spec_HessianSamplingNeedsRowCount(context.At(path)));
        }

        return sampling == "perTerm" ? HessianSampling.PerTerm : HessianSampling.Fixed;
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
