using System.Globalization;
using System.Text;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Specs;

namespace TrainTasks.Torch.Data;

/// <summary>
/// Reads a table: one row per line, numeric features, and a whole-number class label (classification)
/// or a numeric target (regression) in one column, or regression targets in a file of their own. Files
/// may be gzip-compressed; blank lines are skipped.
/// </summary>
public static class CsvTableReader
{
    /// <summary>Reads the classification table <paramref name="path"/> into a data set of shape
    /// <c>[features]</c>.</summary>
    /// <param name="path">The table, gzip or plain.</param>
    /// <param name="options">Separator, header rows and label column.</param>
    /// <exception cref="TrainTasksException">TT4010, TT4020–TT4024 naming the file and line.</exception>
    public static Dataset Read(string path, CsvOptions options)
    {
        var labels = new List<long>();
        var (features, fieldCount) = ReadTable(path, options, labelColumn: true, (line, _, text) =>
            labels.Add(ParseLabel(path, line, text)));
        return new Dataset(features.ToArray(), labels.ToArray(), [fieldCount - 1]);
    }

    /// <summary>
    /// Reads a regression table: the target is the label column of <paramref name="path"/>, or, when
    /// <paramref name="targetsPath"/> is set, the number on the same data line of that file, and every
    /// column of the table is a feature.
    /// </summary>
    /// <param name="path">The table, gzip or plain.</param>
    /// <param name="targetsPath">A file of one target per line, or null.</param>
    /// <param name="options">Separator, header rows (of both files) and label column.</param>
    /// <exception cref="TrainTasksException">TT4010, TT4020, TT4021, TT4023, TT4024, TT4055.</exception>
    public static Dataset ReadRegression(string path, string? targetsPath, CsvOptions options)
    {
        var targets = new List<float>();
        var inTable = targetsPath is null;
        var (features, fieldCount) = ReadTable(path, options, labelColumn: inTable, (line, column, text) =>
            targets.Add(ParseNumber(path, line, column, text)));
        if (targetsPath is not null)
        {
            ReadTargets(targetsPath, options, targets);
        }

        var rows = features.Count / (inTable ? fieldCount - 1 : fieldCount);
        if (targets.Count != rows)
        {
            throw new TrainTasksException(Messages.Csv_TargetCountMismatch(targetsPath!, targets.Count, path, rows));
        }

        return Dataset.Regression(features.ToArray(), targets.ToArray(), [inTable ? fieldCount - 1 : fieldCount]);
    }

    private static (List<float> Features, int FieldCount) ReadTable(
        string path, CsvOptions options, bool labelColumn, Action<int, int, string> readLabel)
    {
        var features = new List<float>();
        var fieldCount = -1;
        var rows = 0;
        foreach (var (lineNumber, line) in DataLines(path, options))
        {
            var fields = Split(line, options.Separator);
            if (fieldCount < 0)
            {
                fieldCount = CheckFirstRow(path, lineNumber, options, labelColumn, fields.Length);
            }

            CheckFieldCount(path, lineNumber, fieldCount, fields.Length);
            var labelIndex = labelColumn ? LabelIndex(options, fieldCount) : -1;
            for (var index = 0; index < fields.Length; index++)
            {
                if (index == labelIndex)
                {
                    readLabel(lineNumber, index + 1, fields[index]);
                    continue;
                }

                features.Add(ParseNumber(path, lineNumber, index + 1, fields[index]));
            }

            rows++;
        }

        if (rows == 0)
        {
            throw new TrainTasksException(Messages.Csv_NoRows(path, options.HeaderRows));
        }

        return (features, fieldCount);
    }

    private static void ReadTargets(string path, CsvOptions options, List<float> targets)
    {
        foreach (var (lineNumber, line) in DataLines(path, options))
        {
            var fields = Split(line, options.Separator);
            CheckFieldCount(path, lineNumber, 1, fields.Length);
            targets.Add(ParseNumber(path, lineNumber, 1, fields[0]));
        }
    }

    private static IEnumerable<(int Number, string Text)> DataLines(string path, CsvOptions options)
    {
        var text = Encoding.UTF8.GetString(DataFile.ReadAllBytes(path));
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (lineNumber > options.HeaderRows && !string.IsNullOrWhiteSpace(line))
            {
                yield return (lineNumber, line.TrimEnd('\r'));
            }
        }
    }

    private static string[] Split(string line, char separator) =>
        separator == ' '
            ? line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : line.Split(separator, StringSplitOptions.TrimEntries);

    private static int LabelIndex(CsvOptions options, int fieldCount) =>
        options.LabelColumn < 0 ? fieldCount + options.LabelColumn : options.LabelColumn;

    private static int CheckFirstRow(string path, int line, CsvOptions options, bool labelColumn, int fieldCount)
    {
        var index = LabelIndex(options, fieldCount);
        if (labelColumn && (fieldCount < 2 || index < 0 || index >= fieldCount))
        {
            throw new TrainTasksException(
                Messages.Csv_LabelColumnOutOfRange(path, line, options.LabelColumn, fieldCount));
        }

        return fieldCount;
    }

    private static void CheckFieldCount(string path, int line, int expected, int found)
    {
        if (found != expected)
        {
            throw new TrainTasksException(Messages.Csv_FieldCountMismatch(path, line, expected, found));
        }
    }

    private static float ParseNumber(string path, int line, int column, string text)
    {
        if (!float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !float.IsFinite(value))
        {
            throw new TrainTasksException(Messages.Csv_NotANumber(path, line, column, text));
        }

        return value;
    }

    private static long ParseLabel(string path, int line, string text)
    {
        var parsed = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value);
        if (!parsed || value < 0 || value != Math.Floor(value) || value > int.MaxValue)
        {
            throw new TrainTasksException(Messages.Csv_BadLabel(path, line, text));
        }

        return (long)value;
    }
}
