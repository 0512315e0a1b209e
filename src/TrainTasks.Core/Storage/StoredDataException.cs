namespace TrainTasks.Core.Storage;

/// <summary>
/// A table or value of the study database that TrainTasks never writes, so the file was changed
/// by hand or by another program. <see cref="SqliteStudyStorage"/> reports it as TT3102 with the
/// file's path; it never escapes the storage.
/// </summary>
internal sealed class StoredDataException : Exception
{
    /// <summary>Describes the damage at <paramref name="place"/>.</summary>
    /// <param name="place">The table and, where known, the trial and column.</param>
    /// <param name="expected">What TrainTasks writes there.</param>
    /// <param name="found">What the file holds, quoted when it is a stored value.</param>
    public StoredDataException(string place, string expected, string found)
        : base($"{place}: expected {expected}; found {found}.")
    {
        Place = place;
        Expected = expected;
        Found = found;
    }

    /// <summary>The table and, where known, the trial and column.</summary>
    public string Place { get; }

    /// <summary>What TrainTasks writes there.</summary>
    public string Expected { get; }

    /// <summary>What the file holds.</summary>
    public string Found { get; }
}
