using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Specs;

namespace TrainTasks.Torch.Data;

/// <summary>
/// Builds data sets from a <see cref="DataSpec"/>: IDX images scaled to [0, 1], or CSV tables of class
/// labels or, for <see cref="DataSpec.IsRegression"/>, numeric targets.
/// </summary>
public static class DatasetLoader
{
    /// <summary>The training rows (before the validation split), cut to <see cref="DataSpec.TrainLimit"/>.</summary>
    /// <exception cref="TrainTasksException">
    /// TT4010–TT4031 for unreadable or malformed files or a bad spec.
    /// </exception>
    public static Dataset LoadTrain(DataSpec spec)
    {
        var data = Load(spec, spec.Train, "train");
        return spec.TrainLimit is { } limit ? data.Take(limit) : data;
    }

    /// <summary>The test rows.</summary>
    /// <exception cref="TrainTasksException">TT4032 when the spec has no test files; as <see
    /// cref="LoadTrain"/> otherwise.</exception>
    public static Dataset LoadTest(DataSpec spec) =>
        spec.Test is { } test ? Load(spec, test, "test") : throw new TrainTasksException(Messages.Data_NoTestSet());

    private static Dataset Load(DataSpec spec, DataFiles files, string part) =>
        spec.Format.ToLowerInvariant() switch
        {
            "idx" => LoadIdx(files, part),
            "csv" => LoadCsv(files, part, spec.Csv ?? new CsvOptions(), spec.IsRegression),
            _ => throw new TrainTasksException(Messages.Data_UnknownFormat(spec.Format)),
        };

    private static Dataset LoadIdx(DataFiles files, string part)
    {
        if (files.Images is null || files.Labels is null)
        {
            throw new TrainTasksException(Messages.Data_MissingFile(part, "idx", "both 'images' and 'labels'"));
        }

        var images = IdxReader.ReadImages(files.Images);
        var labels = IdxReader.ReadLabels(files.Labels);
        if (images.Count != labels.Count)
        {
            throw new TrainTasksException(
                Messages.Idx_CountMismatch(files.Images, images.Count, files.Labels, labels.Count));
        }

        var pixels = Array.ConvertAll(images.Values, value => value / 255f);
        var classes = Array.ConvertAll(labels.Values, value => (long)value);
        return new Dataset(pixels, classes, [1, images.Dimensions[1], images.Dimensions[2]]);
    }

    private static Dataset LoadCsv(DataFiles files, string part, CsvOptions options, bool regression)
    {
        if (files.Table is not { } table)
        {
            throw new TrainTasksException(Messages.Data_MissingFile(part, "csv", "'table'"));
        }

        return regression
            ? CsvTableReader.ReadRegression(table, files.Targets, options)
            : CsvTableReader.Read(table, options);
    }
}
