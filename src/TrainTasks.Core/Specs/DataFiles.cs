namespace TrainTasks.Core.Specs;

/// <summary>The files of one part of the data (training or test).</summary>
/// <param name="Images">IDX images file (gzip or plain); IDX only.</param>
/// <param name="Labels">IDX labels file (gzip or plain); IDX only.</param>
/// <param name="Table">CSV file (gzip or plain); CSV only.</param>
public sealed record DataFiles(string? Images = null, string? Labels = null, string? Table = null)
{
    /// <summary>The files that are set.</summary>
    public IEnumerable<string> AllFiles => new[] { Images, Labels, Table }.OfType<string>();
}
