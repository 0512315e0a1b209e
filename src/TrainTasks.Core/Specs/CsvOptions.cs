namespace TrainTasks.Core.Specs;

/// <summary>How to read a CSV table.</summary>
/// <param name="LabelColumn">
/// Zero-based column of the class label, or of the regression target; -1 for the last column. Not used
/// when a separate targets file is given.
/// </param>
/// <param name="HeaderRows">Number of lines to skip at the top (of the table and of a targets file).</param>
/// <param name="Separator">The field separator, such as <c>,</c> or a space.</param>
/// <param name="Standardize">Scale features to mean 0 and deviation 1, using the training rows' statistics.</param>
public sealed record CsvOptions(
    int LabelColumn = -1,
    int HeaderRows = 0,
    char Separator = ',',
    bool Standardize = true);
