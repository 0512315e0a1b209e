using System.Text.Json.Nodes;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Specs;

/// <summary>
/// Reads the <c>model</c> and <c>training</c> sections into the fixed parameters: every
/// built-in parameter, with the spec's value where it gives one and the default elsewhere.
/// </summary>
internal static class ParameterSectionReader
{
    /// <summary>The fixed parameters, with every invalid value reported.</summary>
    public static TrialParameters Read(SpecContext context, JsonObject root)
    {
        var values = BuiltInParameters.All.ToDictionary(
            parameter => parameter.Name,
            parameter => parameter.Default,
            StringComparer.Ordinal);

        foreach (var section in new[] { BuiltInParameters.ModelSection, BuiltInParameters.TrainingSection })
        {
            ReadSection(context, root, section, values);
        }

        return new TrialParameters(values);
    }

    private static void ReadSection(
        SpecContext context,
        JsonObject root,
        string section,
        Dictionary<string, ParameterValue> values)
    {
        var path = $"$.{section}";
        if (context.GetObject(root, "$", section) is not { } obj)
        {
            return;
        }

        var layerPenalties = section == BuiltInParameters.TrainingSection
            ? obj.Select(pair => BuiltInParameters.TryParseLayerL2(pair.Key, out _) ? pair.Key : null)
                .OfType<string>()
                .Select(name => BuiltInParameters.Find(name)!)
            : [];
        var parameters = BuiltInParameters.InSection(section).Concat(layerPenalties).ToArray();
        string[] settings = section == BuiltInParameters.TrainingSection ? [HypergradientSectionReader.Key] : [];
        context.CheckKeys(obj, path, parameters.Select(parameter => parameter.Name).Concat(settings).ToArray());
        foreach (var parameter in parameters)
        {
            if (obj.TryGetPropertyValue(parameter.Name, out var node))
            {
                ReadValue(context, SpecDocument.Child(path, parameter.Name), parameter, node, values);
            }
        }
    }

    private static void ReadValue(
        SpecContext context,
        string path,
        BuiltInParameter parameter,
        JsonNode? node,
        Dictionary<string, ParameterValue> values)
    {
        var value = ParameterValue.FromJson(node);
        if (!parameter.Accepts(value))
        {
            context.Report(Messages.Spec_ParameterValueInvalid(
                context.At(path),
                parameter.Name,
                SpecContext.Quote(node),
                parameter.Rule));
            return;
        }

        values[parameter.Name] = parameter.Normalize(value);
    }
}
