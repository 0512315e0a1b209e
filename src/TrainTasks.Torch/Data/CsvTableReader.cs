using System.Globalization;
using System.Text;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Specs;

namespace TrainTasks.Torch.Data;

/// <summary>
/// Reads a classification table: one row per line, numeric features, and a whole-number class label in
/// one column. Files may be gzip-compressed; blank lines are skipped.
/// </summary>
public static class CsvTableReader
{
    /// <summary>Reads <paramref name="path"/> into a data set of shape <c>[features]</c>.</summary>
    /// <param name="path">The table, gzip or plain.</param>
    /// <param name="options">Separator, header rows and label column.</param>
    /// <exception cref="TrainTasksException">TT4010, TT4020–TT4024 naming the file and line.</exception>
    public static Dataset Read(string path, CsvOptions options)
    {
        var text = Encoding.UTF8.GetString(DataFile.ReadAllBytes(path));
        var features = new List<float>();
        var labels = new List<long>();
        var fieldCount = -1;
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (lineNumber <= options.HeaderRows || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = Split(line.TrimEnd('\r'), options.Separator);
            fieldCount = fieldCount < 0 ? CheckLabelColumn(path, lineNumber, options, fields.Length) : fieldCount;
            CheckFieldCount(path, lineNumber, fieldCount, fields.Length);
            ReadRow(path, lineNumber, fields, LabelIndex(options, fieldCount), features, labels);
        }

        if (labels.Count == 0)
        {
            throw new TrainTasksException(Messages.Csv_NoRows(path, options.HeaderRows));
        }

        return new Dataset(features.ToArray(), labels.ToArray(), [fieldCount - 1]);
    }

    private static string[] Split(string line, char separator) =>
        separator == ' '
            ? line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : line.Split(separator, StringSplitOptions.TrimEntries);

    private static int LabelIndex(CsvOptions options, int fieldCount) =>
        options.LabelColumn < 0 ? fieldCount + options.LabelColumn : options.LabelColumn;

    private static int CheckLabelColumn(string path, int line, CsvOptions options, int fieldCount)
    {
        var index = LabelIndex(options, fieldCount);
        if (fieldCount < 2 || index < 0 || index >= fieldCount)
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

    private static void ReadRow(
        string path, int line, string[] fields, int labelIndex, List<float> features, List<long> labels)
    {
        for (var index = 0; index < fields.Length; index++)
        {
            if (index == labelIndex)
            {
                labels.Add(ParseLabel(path, line, fields[index]));
                continue;
            }

            if (!float.TryParse(fields[index], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || !float.IsFinite(value))
            {
                throw new TrainTasksException(Messages.Csv_NotANumber(path, line, index + 1, fields[index]));
            }

            features.Add(value);
        }
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
