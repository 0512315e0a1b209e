namespace TrainTasks.Cli.Console;

/// <summary>How a sweep shows its progress.</summary>
internal enum ProgressMode
{
    /// <summary>Live display on a terminal, plain lines otherwise.</summary>
    Auto,

    /// <summary>A live progress bar (needs a terminal).</summary>
    Live,

    /// <summary>One line per event; for logs and the MSBuild task.</summary>
    Plain,

    /// <summary>Nothing but the summary.</summary>
    None,
}
