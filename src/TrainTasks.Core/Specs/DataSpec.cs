namespace TrainTasks.Core.Specs;

/// <summary>The data a sweep trains, validates and tests on. Paths are absolute once loaded.</summary>
/// <param name="Format"><c>idx</c> (images and labels, as Fashion-MNIST) or <c>csv</c> (a table).</param>
/// <param name="Train">The training files; the validation rows are split from them.</param>
/// <param name="Test">The test files, used only to evaluate the chosen model.</param>
/// <param name="ValidationFraction">Share of the training rows held out for validation, in (0, 1).</param>
/// <param name="TrainLimit">Use only the first N training rows (for quick runs); null for all.</param>
/// <param name="Csv">How to read CSV files; null for IDX.</param>
public sealed record DataSpec(
    string Format,
    DataFiles Train,
    DataFiles? Test,
    double ValidationFraction,
    int? TrainLimit = null,
    CsvOptions? Csv = null)
{
    /// <summary>Every file the data reads, for fingerprints and up-to-date checks.</summary>
    public IEnumerable<string> AllFiles => Train.AllFiles.Concat(Test?.AllFiles ?? []);
}
