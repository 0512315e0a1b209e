using System.Text.Json.Nodes;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Core.Specs;

/// <summary>Reads the small top-level settings of a spec: name, numbers, objective, strategy, budget, paths.</summary>
internal static class SpecSettingsReader
{

    private static readonly string[] s_metrics =
        ["val_accuracy", "val_loss", "train_accuracy", "train_loss", "val_mse", "train_mse"];
    private static readonly string[] s_directions = ["maximize", "minimize"];

    public static string? ReadName(SpecContext context, JsonObject root)
    {
        var name = context.GetString(root, "$", "name", required: true);
        // The name becomes a folder name; "." and ".." would write outside the output folder.
        if (name is null || (name.Length > 0 && name.All(IsNameCharacter) && char.IsLetterOrDigit(name[0])))
        {
            return name;
        }

        context.Report(Messages.Spec_NameInvalid(context.At("$.name"), name));
        return null;
    }

    public static int ReadSeed(SpecContext context, JsonObject root)
    {
        var seed = context.GetInteger(root, "$", "seed") ?? 0;
        var valid = context.CheckRange("$.seed", seed, seed is >= int.MinValue and <= int.MaxValue, "a 32-bit integer");
        return valid ? (int)seed : 0;
    }

    public static int ReadThreads(SpecContext context, JsonObject root)
    {
        var threads = context.GetInteger(root, "$", "threads") ?? 2;
        var valid = context.CheckRange("$.threads", threads, threads is >= 1 and <= 64, "from 1 to 64");
        return valid ? (int)threads : 2;
    }

    public static int ReadBudget(SpecContext context, JsonObject root)
    {
        if (context.GetObject(root, "$", "budget", required: true) is not { } budget)
        {
            return 0;
        }

        context.CheckKeys(budget, "$.budget", ["trials"]);
        if (context.GetInteger(budget, "$.budget", "trials", required: true) is not { } trials)
        {
            return 0;
        }

        var valid = context.CheckRange("$.budget.trials", trials, trials is >= 1 and <= int.MaxValue, "at least 1");
        return valid ? (int)trials : 0;
    }

    /// <summary>
    /// The objective; without one, <c>val_accuracy</c> (maximized) for a classifier and <c>val_mse</c>
    /// (minimized) for regression. A metric the task does not report is a TT1060.
    /// </summary>
    public static Objective? ReadObjective(SpecContext context, JsonObject root, string? task)
    {
        const string Path = "$.objective";
        var regression = task == DataSpec.RegressionTask;
        if (context.GetObject(root, "$", "objective") is not { } objective)
        {
            return regression
                ? new Objective("val_mse", OptimizationDirection.Minimize)
                : new Objective("val_accuracy", OptimizationDirection.Maximize);
        }

        context.CheckKeys(objective, Path, ["metric", "direction"]);
        var metric = ReadOneOf(context, objective, Path, "metric", s_metrics, required: true);
        var direction = ReadOneOf(context, objective, Path, "direction", s_directions, required: false);
        if (metric is null)
        {
            return null;
        }

        var foreign = regression ? "accuracy" : "mse";
        var fits = !metric.EndsWith(foreign, StringComparison.Ordinal);
        if (task is not null && !fits)
        {
            context.Report(Messages.Spec_MetricNotOfTask(context.At($"{Path}.metric"), metric, task));
            return null;
        }

        var maximize = direction is null
            ? metric.EndsWith("accuracy", StringComparison.Ordinal)
            : direction == "maximize";
        return new Objective(metric, maximize ? OptimizationDirection.Maximize : OptimizationDirection.Minimize);
    }

    public static string? ReadStrategy(SpecContext context, JsonObject root)
    {
        if (!root.TryGetPropertyValue("strategy", out var node))
        {
            return "random";
        }

        if (node is JsonObject strategy)
        {
            var type = context.GetString(strategy, "$.strategy", "type", required: true);
            var known = CheckStrategy(context, "$.strategy.type", type);
            var options = known is null ? [] : StrategyCatalog.Options[known].Select(option => option.Name);
            context.CheckKeys(strategy, "$.strategy", ["type", .. options]);
            return known;
        }

        return SpecContext.KindOf(node) == System.Text.Json.JsonValueKind.String
            ? CheckStrategy(context, "$.strategy", node!.GetValue<string>())
            : context.WrongType<string>("$.strategy", node, "a strategy name or an object with \"type\"");
    }

    /// <summary>The options of the object form of <c>strategy</c>, checked against the catalog.</summary>
    public static IReadOnlyDictionary<string, double> ReadStrategyOptions(
        SpecContext context,
        JsonObject root,
        string strategy)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!root.TryGetPropertyValue("strategy", out var node) || node is not JsonObject options)
        {
            return values;
        }

        foreach (var option in StrategyCatalog.Options[strategy].Where(option => options.ContainsKey(option.Name)))
        {
            var path = $"$.strategy.{option.Name}";
            var value = ReadOptionValue(context, options, option);
            if (value is { } number
                && context.CheckRange(path, number, number >= option.Minimum && number <= option.Maximum,
                    $"from {SpecContext.Format(option.Minimum)} to {SpecContext.Format(option.Maximum)}"))
            {
                values[option.Name] = number;
            }
        }

        return values;
    }

    public static string? ReadPath(SpecContext context, JsonObject root, string key)
    {
        var value = context.GetString(root, "$", key);
        if (value is null)
        {
            return null;
        }

        // Connection strings such as postgresql://host/db are not file paths.
        return value.Contains("://", StringComparison.Ordinal) ? value : context.ResolvePath(value);
    }

    private static string? CheckStrategy(SpecContext context, string path, string? strategy)
    {
        if (strategy is null || StrategyCatalog.Options.ContainsKey(strategy))
        {
            return strategy;
        }

        var names = StrategyCatalog.Names;
        var diagnostic = StrategyCatalog.Planned.Contains(strategy)
            ? Messages.Spec_StrategyNotAvailable(context.At(path), strategy, names)
            : Messages.Spec_ValueNotAllowed(context.At(path), $"\"{strategy}\"", names);
        context.Report(diagnostic);
        return null;
    }

    private static double? ReadOptionValue(SpecContext context, JsonObject options, StrategyOption option) =>
        option.Kind switch
        {
            BuiltInParameterKind.Int => context.GetInteger(options, "$.strategy", option.Name),
            BuiltInParameterKind.Float => context.GetNumber(options, "$.strategy", option.Name),
            _ => context.GetBoolean(options, "$.strategy", option.Name) is { } flag ? (flag ? 1 : 0) : null,
        };

    private static string? ReadOneOf(
        SpecContext context,
        JsonObject parent,
        string path,
        string key,
        string[] allowed,
        bool required)
    {
        var value = context.GetString(parent, path, key, required);
        if (value is null || allowed.Contains(value))
        {
            return value;
        }

        var location = context.At(SpecDocument.Child(path, key));
        context.Report(Messages.Spec_ValueNotAllowed(location, $"\"{value}\"", allowed));
        return null;
    }

    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
}
