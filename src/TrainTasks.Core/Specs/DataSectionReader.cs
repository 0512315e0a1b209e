using System.Text.Json.Nodes;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Core.Specs;

/// <summary>Reads and checks the <c>data</c> section of a spec.</summary>
internal static class DataSectionReader
{
    private static readonly string[] s_keys =
        ["format", "task", "train", "test", "validationFraction", "validationRows", "trainLimit", "csv"];

    private static readonly string[] s_formats = ["idx", "csv"];
    private static readonly string[] s_tasks = [DataSpec.ClassificationTask, DataSpec.RegressionTask];
    private static readonly string[] s_idxKeys = ["images", "labels"];
    private static readonly string[] s_csvKeys = ["table", "targets"];
    private static readonly string[] s_csvOptionKeys = ["labelColumn", "headerRows", "separator", "standardize"];

    /// <summary>The data spec, or null when the section has errors (they are reported).</summary>
    public static DataSpec? Read(SpecContext context, JsonObject root)
    {
        const string Path = "$.data";
        if (context.GetObject(root, "$", "data", required: true) is not { } data)
        {
            return null;
        }

        var errorsBefore = context.Diagnostics.Count(diagnostic => diagnostic.IsError);
        context.CheckKeys(data, Path, s_keys);
        var format = ReadFormat(context, data);
        var task = ReadTask(context, data, format);
        var train = ReadFiles(context, data, "train", format, required: true);
        var test = ReadFiles(context, data, "test", format, required: false);
        CheckTargets(context, task, ("train", train), ("test", test));
        var fraction = context.GetNumber(data, Path, "validationFraction") ?? 0.1;
        context.CheckRange($"{Path}.validationFraction", fraction, fraction is > 0 and < 1, "in (0, 1)");
        var validationRows = ReadValidationRows(context, data);
        var limit = context.GetInteger(data, Path, "trainLimit");
        context.CheckRange($"{Path}.trainLimit", limit, limit is null or (>= 10 and <= int.MaxValue), "at least 10");
        var csv = ReadCsvOptions(context, data, format);

        var errorsAfter = context.Diagnostics.Count(diagnostic => diagnostic.IsError);
        if (errorsAfter > errorsBefore || format is null || train is null)
        {
            return null;
        }

        return new DataSpec(format, train, test, fraction, (int?)limit, csv, task!, validationRows);
    }

    private static string? ReadTask(SpecContext context, JsonObject data, string? format)
    {
        var task = context.GetString(data, "$.data", "task") ?? DataSpec.ClassificationTask;
        if (!s_tasks.Contains(task))
        {
            context.Report(Messages.Spec_ValueNotAllowed(context.At("$.data.task"), $"\"{task}\"", s_tasks));
            return null;
        }

        if (task == DataSpec.RegressionTask && format == "idx")
        {
            context.Report(Messages.Spec_RegressionNeedsCsv(context.At("$.data.task"), format));
        }

        return task;
    }

    private static void CheckTargets(SpecContext context, string? task, params (string Key, DataFiles? Files)[] parts)
    {
        foreach (var (key, files) in parts)
        {
            if (files?.Targets is not null && task == DataSpec.ClassificationTask)
            {
                context.Report(Messages.Spec_TargetsWithoutRegression(context.AtKey($"$.data.{key}.targets")));
            }
        }
    }

    private static int? ReadValidationRows(SpecContext context, JsonObject data)
    {
        const string Path = "$.data.validationRows";
        if (context.GetInteger(data, "$.data", "validationRows") is not { } rows)
        {
            return null;
        }

        if (data.ContainsKey("validationFraction"))
        {
            context.Report(Messages.Spec_ValidationRowsWithFraction(context.AtKey(Path)));
        }

        return context.CheckRange(Path, rows, rows is >= 1 and <= int.MaxValue, "at least 1") ? (int)rows : null;
    }

    private static string? ReadFormat(SpecContext context, JsonObject data)
    {
        var format = context.GetString(data, "$.data", "format", required: true);
        if (format is null || s_formats.Contains(format))
        {
            return format;
        }

        context.Report(Messages.Spec_ValueNotAllowed(context.At("$.data.format"), $"\"{format}\"", s_formats));
        return null;
    }

    private static DataFiles? ReadFiles(SpecContext context, JsonObject data, string key, string? format, bool required)
    {
        var path = $"$.data.{key}";
        if (context.GetObject(data, "$.data", key, required) is not { } files || format is null)
        {
            return null;
        }

        var names = format == "idx" ? s_idxKeys : s_csvKeys;
        context.CheckKeys(files, path, names);
        if (format == "csv")
        {
            var table = context.GetString(files, path, "table", required: true);
            var targets = context.GetString(files, path, "targets");
            return table is null
                ? null
                : new DataFiles(Table: context.ResolvePath(table), Targets: Resolve(context, targets));
        }

        var resolved = names.Select(name => context.GetString(files, path, name, required: true)).ToArray();
        if (resolved.Any(file => file is null))
        {
            return null;
        }

        return new DataFiles(Images: context.ResolvePath(resolved[0]!), Labels: context.ResolvePath(resolved[1]!));
    }

    private static string? Resolve(SpecContext context, string? path) =>
        path is null ? null : context.ResolvePath(path);

    private static CsvOptions? ReadCsvOptions(SpecContext context, JsonObject data, string? format)
    {
        const string Path = "$.data.csv";
        var options = context.GetObject(data, "$.data", "csv");
        if (format != "csv")
        {
            if (options is not null && format is not null)
            {
                context.Report(Messages.Spec_CsvOptionsWithoutCsv(context.AtKey(Path), format));
            }

            return null;
        }

        if (options is null)
        {
            return new CsvOptions();
        }

        context.CheckKeys(options, Path, s_csvOptionKeys);
        var labelColumn = context.GetInteger(options, Path, "labelColumn") ?? -1;
        context.CheckRange(
            $"{Path}.labelColumn",
            labelColumn,
            labelColumn is >= -1 and < 100_000,
            "-1 (the last column) or a column index from 0");
        var headerRows = context.GetInteger(options, Path, "headerRows") ?? 0;
        context.CheckRange($"{Path}.headerRows", headerRows, headerRows is >= 0 and < 1_000_000, "0 or more");
        var separator = ReadSeparator(context, options);
        var standardize = context.GetBoolean(options, Path, "standardize") ?? true;
        return new CsvOptions((int)labelColumn, (int)headerRows, separator, standardize);
    }

    private static char ReadSeparator(SpecContext context, JsonObject options)
    {
        var separator = context.GetString(options, "$.data.csv", "separator") ?? ",";
        if (separator.Length == 1)
        {
            return separator[0];
        }

        context.Report(Messages.Spec_SeparatorNotOneCharacter(context.At("$.data.csv.separator"), separator));
        return ',';
    }
}
