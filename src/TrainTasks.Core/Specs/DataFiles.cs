namespace TrainTasks.Core.Specs;

/// <summary>The files of one part of the data (training or test).</summary>
/// <param name="Images">IDX images file (gzip or plain); IDX only.</param>
/// <param name="Labels">IDX labels file (gzip or plain); IDX only.</param>
/// <param name="Table">CSV file (gzip or plain); CSV only.</param>
/// <param name="Targets">
/// Spec <c>targets</c>: for regression, a file with one number per line (gzip or plain), the target of
/// the table's row on the same line; the table then holds features only. Null when the target is a
/// column of the table.
/// </param>
public sealed record DataFiles(
    string? Images = null,
    string? Labels = null,
    string? Table = null,
    string? Targets = null)
{
    /// <summary>The files that are set.</summary>
    public IEnumerable<string> AllFiles => new[] { Images, Labels, Table, Targets }.OfType<string>();
}
