using TrainTasks.Cli.Console;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Cli.Sweeping;

/// <summary>
/// Makes sure one process drives a study database at a time: a second sweep of the same study
/// (two builds of one project at once) waits for the first, then finds its trials finished.
/// The lock is an open file, so the system releases it when a process dies.
/// </summary>
internal sealed class StudyLock : IDisposable
{
    private static readonly TimeSpan s_retryInterval = TimeSpan.FromMilliseconds(250);
    private readonly FileStream _stream;

    private StudyLock(FileStream stream)
    {
        _stream = stream;
    }

    public static StudyLock Acquire(string databasePath, ToolConsole console, CancellationToken cancellationToken)
    {
        var path = databasePath + ".lock";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TrainTasksException(Messages.Storage_CannotOpen(databasePath, exception.Message), exception);
        }

        var announced = false;
        while (true)
        {
            try
            {
                return new StudyLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                if (!announced)
                {
                    console.WriteLine(Verbosity.Minimal, $"waiting for another sweep of this study to finish ({path})");
                    announced = true;
                }

                if (cancellationToken.WaitHandle.WaitOne(s_retryInterval))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
