using System.Text.Json.Nodes;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Specs;

/// <summary>
/// Reads the <c>when</c> key of the <c>space</c> entries, after every entry is read:
/// <c>{ "optimizer": "sgd" }</c> or <c>{ "optimizer": ["sgd", "adagrad"] }</c> makes a parameter
/// active only under those choices of one categorical parameter of the same space. A value that
/// is a JSON list is read as a list of choices, so a choice that is itself a list is written
/// inside one (<c>{ "hidden": [[16]] }</c>).
/// </summary>
internal static class WhenClauseReader
{
    private const string WhenKey = "when";

    /// <summary>
    /// The definitions with their conditions attached; every broken condition is reported and left
    /// off, so the space stays a tree.
    /// </summary>
    /// <param name="context">The validation state.</param>
    /// <param name="space">The <c>space</c> object as written.</param>
    /// <param name="definitions">The entries that were read without errors, in declared order.</param>
    public static List<ParameterDefinition> Attach(
        SpecContext context,
        JsonObject space,
        IReadOnlyList<ParameterDefinition> definitions)
    {
        var byName = definitions.ToDictionary(definition => definition.Name, StringComparer.Ordinal);
        var attached = definitions.Select(definition =>
            space[definition.Name] is JsonObject entry && entry.TryGetPropertyValue(WhenKey, out var node)
                ? definition with { When = Read(context, space, byName, definition.Name, node) }
                : definition).ToList();
        return DropCycles(context, attached);
    }

    private static ParameterCondition? Read(
        SpecContext context,
        JsonObject space,
        Dictionary<string, ParameterDefinition> byName,
        string name,
        JsonNode? node)
    {
        var path = SpecDocument.Child(SpecDocument.Child("$.space", name), WhenKey);
        if (node is not JsonObject clause)
        {
            return context.WrongType<ParameterCondition>(path, node, "an object such as { \"optimizer\": \"sgd\" }");
        }

        if (clause.Count != 1)
        {
            context.Report(Messages.Spec_WhenNotOneParent(context.At(path), clause.Count));
            return null;
        }

        var (parent, values) = clause.Single();
        var parentPath = SpecDocument.Child(path, parent);
        var categorical = ParentOf(context, space, byName, name, parent, parentPath);
        return categorical is null ? null : ReadValues(context, parentPath, categorical, values);
    }

    // A parent whose own entry has errors was reported already, so it is skipped in silence.
    private static CategoricalParameter? ParentOf(
        SpecContext context,
        JsonObject space,
        Dictionary<string, ParameterDefinition> byName,
        string name,
        string parent,
        string parentPath)
    {
        if (parent == name)
        {
            context.Report(Messages.Spec_WhenSelfReference(context.AtKey(parentPath), name));
            return null;
        }

        if (!space.ContainsKey(parent))
        {
            var categorical = byName.Values
                .Where(definition => definition is CategoricalParameter && definition.Name != name)
                .Select(definition => definition.Name);
            context.Report(Messages.Spec_WhenParentNotInSpace(context.AtKey(parentPath), parent, categorical));
            return null;
        }

        switch (byName.GetValueOrDefault(parent))
        {
            case CategoricalParameter categorical:
                return categorical;
            case { } other:
                var type = other is IntParameter ? "int" : "float";
                context.Report(Messages.Spec_WhenParentNotCategorical(context.AtKey(parentPath), parent, type));
                return null;
            default:
                return null;
        }
    }

    private static ParameterCondition? ReadValues(
        SpecContext context,
        string path,
        CategoricalParameter parent,
        JsonNode? node)
    {
        var items = node is JsonArray list
            ? list.Select((item, index) => (Node: item, Path: SpecDocument.Item(path, index))).ToList()
            : [(Node: node, Path: path)];
        if (items.Count == 0)
        {
            context.Report(Messages.Spec_WhenValuesEmpty(context.At(path), parent.Name));
            return null;
        }

        var rule = BuiltInParameters.Find(parent.Name)!;
        var values = new List<ParameterValue>();
        var valid = true;
        foreach (var (item, itemPath) in items)
        {
            var value = rule.Normalize(ParameterValue.FromJson(item));
            valid &= CheckValue(context, itemPath, parent, value, values);
            values.Add(value);
        }

        return valid ? new ParameterCondition(parent.Name, values) : null;
    }

    private static bool CheckValue(
        SpecContext context,
        string path,
        CategoricalParameter parent,
        ParameterValue value,
        List<ParameterValue> earlier)
    {
        if (!parent.Choices.Contains(value))
        {
            var choices = parent.Choices.Select(choice => choice.CanonicalJson);
            context.Report(Messages.Spec_WhenValueNotAChoice(
                context.At(path),
                parent.Name,
                value.CanonicalJson,
                choices));
            return false;
        }

        var first = earlier.IndexOf(value);
        if (first >= 0)
        {
            context.Report(Messages.Spec_WhenValueDuplicate(context.At(path), value.CanonicalJson, first));
            return false;
        }

        return true;
    }

    // Each cycle is reported once, at the condition of its first declared member, and the
    // conditions of its members are dropped.
    private static List<ParameterDefinition> DropCycles(SpecContext context, List<ParameterDefinition> definitions)
    {
        var byName = definitions.ToDictionary(definition => definition.Name, StringComparer.Ordinal);
        var inCycle = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (inCycle.Contains(definition.Name) || CycleFrom(definition, byName) is not { } cycle)
            {
                continue;
            }

            inCycle.UnionWith(cycle);
            var path = SpecDocument.Child(SpecDocument.Child("$.space", definition.Name), WhenKey);
            var parentPath = SpecDocument.Child(path, definition.When!.Parent);
            context.Report(Messages.Spec_WhenCycle(context.AtKey(parentPath), cycle.Append(definition.Name)));
        }

        return definitions
            .Select(definition => inCycle.Contains(definition.Name) ? definition with { When = null } : definition)
            .ToList();
    }

    // The names along the parent links from 'start' when they come back to it; null otherwise.
    private static List<string>? CycleFrom(
        ParameterDefinition start,
        Dictionary<string, ParameterDefinition> byName)
    {
        var names = new List<string>();
        for (var current = start; current.When is { } condition; current = byName[condition.Parent])
        {
            names.Add(current.Name);
            if (condition.Parent == start.Name)
            {
                return names;
            }

            if (names.Count > byName.Count || !byName.ContainsKey(condition.Parent))
            {
                return null;
            }
        }

        return null;
    }
}
