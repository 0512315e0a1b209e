using System.Collections;
using Microsoft.Build.Framework;

namespace TrainTasks.TestKit;

/// <summary>An <see cref="IBuildEngine"/> that keeps every event a task logs, for assertions.</summary>
public sealed class RecordingBuildEngine : IBuildEngine
{
    private readonly object _gate = new();
    private readonly List<BuildErrorEventArgs> _errors = [];
    private readonly List<BuildWarningEventArgs> _warnings = [];
    private readonly List<BuildMessageEventArgs> _messages = [];

    /// <summary>The errors logged so far.</summary>
    public IReadOnlyList<BuildErrorEventArgs> Errors => Snapshot(_errors);

    /// <summary>The warnings logged so far.</summary>
    public IReadOnlyList<BuildWarningEventArgs> Warnings => Snapshot(_warnings);

    /// <summary>The messages logged so far, of every importance.</summary>
    public IReadOnlyList<BuildMessageEventArgs> Messages => Snapshot(_messages);

    /// <summary>The codes of the errors logged so far, in order.</summary>
    public IReadOnlyList<string> ErrorCodes => Errors.Select(error => error.Code).ToList();

    /// <inheritdoc />
    public bool ContinueOnError => false;

    /// <inheritdoc />
    public int LineNumberOfTaskNode => 7;

    /// <inheritdoc />
    public int ColumnNumberOfTaskNode => 5;

    /// <inheritdoc />
    public string ProjectFileOfTaskNode => "/fake/Project.csproj";

    /// <summary>Always fails: the tasks under test build no other project.</summary>
    public bool BuildProjectFile(
        string projectFileName,
        string[] targetNames,
        IDictionary globalProperties,
        IDictionary targetOutputs) => false;

    /// <inheritdoc />
    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    /// <inheritdoc />
    public void LogErrorEvent(BuildErrorEventArgs e) => Add(_errors, e);

    /// <inheritdoc />
    public void LogMessageEvent(BuildMessageEventArgs e) => Add(_messages, e);

    /// <inheritdoc />
    public void LogWarningEvent(BuildWarningEventArgs e) => Add(_warnings, e);

    private void Add<T>(List<T> events, T e)
    {
        lock (_gate)
        {
            events.Add(e);
        }
    }

    private List<T> Snapshot<T>(List<T> events)
    {
        lock (_gate)
        {
            return [.. events];
        }
    }
}
