namespace TrainTasks.Core.Diagnostics;

public static partial class Messages
{
    /// <summary>TT1501: the command line could not be parsed.</summary>
    public static Diagnostic Cli_InvalidCommandLine(string problem) =>
        Error("TT1501", $"{problem} Run 'dotnet train --help' for the commands and options.");

    /// <summary>TT1502: an option has a value outside its range.</summary>
    public static Diagnostic Cli_OptionOutOfRange(string option, string value, string rule) =>
        Error("TT1502", $"option {option}: got '{value}'; {rule}.");

    /// <summary>TT1503: the spec file does not exist.</summary>
    public static Diagnostic Cli_SpecFileMissing(string path) =>
        Error("TT1503", $"the spec file '{path}' does not exist; pass the path of a *.sweep.json file.");

    /// <summary>TT1504: a --set assignment is malformed or names an unknown parameter.</summary>
    public static Diagnostic Cli_InvalidAssignment(string assignment, string rule) =>
        Error("TT1504", $"option --set: got '{assignment}'; {rule}.");

    /// <summary>TT3201: the run was cancelled; finished trials are kept.</summary>
    public static Diagnostic Cli_Cancelled() =>
        Warning(
            "TT3201",
            "cancelled: a trial that was running is recorded as interrupted and runs again on the next "
            + "sweep; finished trials are kept.");

    /// <summary>TT3202: no trial of the sweep completed.</summary>
    public static Diagnostic Sweep_NoTrialCompleted(string sweep, int trials, string reportFile) =>
        Error(
            "TT3202",
            $"sweep '{sweep}': none of its {trials} trials completed, so there is no model; "
            + $"the reasons are in {reportFile}.");

    /// <summary>TT3203: the study has no trials to report.</summary>
    public static Diagnostic Sweep_NothingToReport(string sweep, string storage) =>
        Error(
            "TT3203",
            $"sweep '{sweep}': the study in '{storage}' has no finished trial; run 'dotnet train sweep' first.");

    /// <summary>
    /// Whether a code is about the user's input (spec, options, data files, parameter values)
    /// rather than the environment: TT1xxx, and TT4010 and above in the training range.
    /// </summary>
    public static bool IsInputProblem(string code) =>
        code.StartsWith("TT1", StringComparison.Ordinal)
        || (code.StartsWith("TT4", StringComparison.Ordinal) && string.CompareOrdinal(code, "TT4010") >= 0);
}
