namespace TrainTasks.MSBuild.Tasks;

/// <summary>Reads a sweep stamp file; a seam so tests can hand the task a stamp of their own.</summary>
internal interface IStampReader
{
    /// <summary>Returns the stamp at <paramref name="path"/>, or null when it is missing or unreadable.</summary>
    ISweepStamp? TryRead(string path);
}
