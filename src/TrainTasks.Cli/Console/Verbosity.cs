namespace TrainTasks.Cli.Console;

/// <summary>How much the tool prints, with MSBuild's names.</summary>
internal enum Verbosity
{
    /// <summary>Errors only.</summary>
    Quiet,

    /// <summary>Errors, warnings and the sweep summary.</summary>
    Minimal,

    /// <summary>Also one line per finished trial.</summary>
    Normal,

    /// <summary>Also epochs, fingerprints, cache look-ups and memory.</summary>
    Detailed,

    /// <summary>Everything, with stack traces of internal errors.</summary>
    Diagnostic,
}
