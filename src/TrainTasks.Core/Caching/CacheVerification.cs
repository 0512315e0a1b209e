using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Core.Caching;

/// <summary>The outcome of <see cref="ArtifactCache.Verify"/>.</summary>
/// <param name="Checked">How many entries were checked.</param>
/// <param name="Problems">One TT5001 warning per entry that failed and was set aside.</param>
public sealed record CacheVerification(int Checked, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>How many entries passed.</summary>
    public int Valid => Checked - Problems.Count;
}
