using System.Text.Json.Nodes;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Specs;

/// <summary>
/// Reads the <c>space</c> section: each key names a built-in parameter and holds a
/// <c>float</c>, <c>int</c> or <c>categorical</c> entry. Entries that cannot work are
/// reported; a step that does not divide its range lowers the upper bound with a warning. An
/// entry's <c>when</c> makes it conditional (see <see cref="WhenClauseReader"/>).
/// </summary>
internal static class SpaceSectionReader
{
    private static readonly string[] s_types = ["float", "int", "categorical"];
    private static readonly string[] s_rangeKeys = ["type", "low", "high", "log", "step", "when"];
    private static readonly string[] s_categoricalKeys = ["type", "choices", "when"];

    /// <summary>The search space; entries with errors are left out (and reported).</summary>
    public static SearchSpace Read(SpecContext context, JsonObject root)
    {
        var definitions = new List<ParameterDefinition>();
        if (context.GetObject(root, "$", "space") is not { } space)
        {
            return new SearchSpace(definitions);
        }

        foreach (var (name, node) in space)
        {
            var path = SpecDocument.Child("$.space", name);
            if (ReadEntry(context, path, name, node) is { } definition)
            {
                definitions.Add(definition);
            }
        }

        return new SearchSpace(WhenClauseReader.Attach(context, space, definitions));
    }

    private static ParameterDefinition? ReadEntry(SpecContext context, string path, string name, JsonNode? node)
    {
        if (BuiltInParameters.Find(name) is not { } parameter)
        {
            var known = BuiltInParameters.All.Select(candidate => candidate.Name);
            context.Report(Messages.Spec_SpaceUnknownParameter(context.AtKey(path), name, known));
            return null;
        }

        if (node is not JsonObject entry)
        {
            return context.WrongType<ParameterDefinition>(path, node, "an object with \"type\"");
        }

        var type = ReadType(context, path, entry, parameter);
        return type switch
        {
            "float" => FloatEntryReader.Read(context, path, entry, parameter),
            "int" => IntEntryReader.Read(context, path, entry, parameter),
            "categorical" => ReadCategorical(context, path, entry, parameter),
            _ => null,
        };
    }

    private static string? ReadType(SpecContext context, string path, JsonObject entry, BuiltInParameter parameter)
    {
        var type = context.GetString(entry, path, "type", required: true);
        if (type is null)
        {
            return null;
        }

        if (!s_types.Contains(type))
        {
            context.Report(Messages.Spec_ValueNotAllowed(context.At($"{path}.type"), $"\"{type}\"", s_types));
            return null;
        }

        if (!parameter.SpaceTypes.Contains(type))
        {
            var location = context.At($"{path}.type");
            context.Report(Messages.Spec_SpaceTypeNotAllowed(location, parameter.Name, type, parameter.SpaceTypes));
            return null;
        }

        context.CheckKeys(entry, path, type == "categorical" ? s_categoricalKeys : s_rangeKeys);
        return type;
    }

    private static CategoricalParameter? ReadCategorical(
        SpecContext context,
        string path,
        JsonObject entry,
        BuiltInParameter parameter)
    {
        var choicesPath = $"{path}.choices";
        if (!context.TryGet(entry, path, "choices", "a list of values", required: true, out var node))
        {
            return null;
        }

        if (node is not JsonArray list)
        {
            return context.WrongType<CategoricalParameter>(choicesPath, node, "a list of values");
        }

        if (list.Count == 0)
        {
            context.Report(Messages.Spec_ChoicesEmpty(context.At(choicesPath)));
            return null;
        }

        var choices = ReadChoices(context, choicesPath, list, parameter);
        return choices is null ? null : new CategoricalParameter(parameter.Name, choices);
    }

    private static List<ParameterValue>? ReadChoices(
        SpecContext context,
        string path,
        JsonArray list,
        BuiltInParameter parameter)
    {
        var choices = new List<ParameterValue>();
        var valid = true;
        for (var index = 0; index < list.Count; index++)
        {
            var itemPath = SpecDocument.Item(path, index);
            var choice = ParameterValue.FromJson(list[index]);
            var first = choices.IndexOf(choice);
            if (!parameter.Accepts(choice))
            {
                var location = context.At(itemPath);
                context.Report(Messages.Spec_SpaceValueInvalid(
                    location,
                    parameter.Name,
                    choice.CanonicalJson,
                    parameter.Rule));
                valid = false;
            }
            else if (first >= 0)
            {
                context.Report(Messages.Spec_ChoiceDuplicate(context.At(itemPath), choice.CanonicalJson, first));
                valid = false;
            }

            choices.Add(parameter.Normalize(choice));
        }

        return valid ? choices : null;
    }
}
