namespace TrainTasks.Core.Specs;

/// <summary>The data a sweep trains, validates and tests on. Paths are absolute once loaded.</summary>
/// <param name="Format"><c>idx</c> (images and labels, as Fashion-MNIST) or <c>csv</c> (a table).</param>
/// <param name="Train">The training files; the validation rows are split from them.</param>
/// <param name="Test">The test files, used only to evaluate the chosen model.</param>
/// <param name="ValidationFraction">Share of the training rows held out for validation, in (0, 1).</param>
/// <param name="TrainLimit">Use only the first N training rows (for quick runs); null for all.</param>
/// <param name="Csv">How to read CSV files; null for IDX.</param>
/// <param name="Task">
/// Spec <c>data.task</c>: <see cref="ClassificationTask"/> (the default; whole-number class labels,
/// cross-entropy) or <see cref="RegressionTask"/> (a numeric target, mean squared error; CSV only).
/// </param>
/// <param name="ValidationRows">
/// Spec <c>data.validationRows</c>: when set, the last N training rows, in file order and without
/// shuffling, are the validation rows and <paramref name="ValidationFraction"/> is not used; null for a
/// seeded random split.
/// </param>
public sealed record DataSpec(
    string Format,
    DataFiles Train,
    DataFiles? Test,
    double ValidationFraction,
    int? TrainLimit = null,
    CsvOptions? Csv = null,
    string Task = DataSpec.ClassificationTask,
    int? ValidationRows = null)
{
    /// <summary>The task of class labels and cross-entropy.</summary>
    public const string ClassificationTask = "classification";

    /// <summary>The task of a numeric target and mean squared error.</summary>
    public const string RegressionTask = "regression";

    /// <summary>Whether the target is a number to predict rather than a class.</summary>
    public bool IsRegression => Task == RegressionTask;

    /// <summary>Every file the data reads, for fingerprints and up-to-date checks.</summary>
    public IEnumerable<string> AllFiles => Train.AllFiles.Concat(Test?.AllFiles ?? []);
}
