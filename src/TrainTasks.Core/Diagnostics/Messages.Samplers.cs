namespace TrainTasks.Core.Diagnostics;

/// <summary>Diagnostics of the samplers, TT3001 to TT3049. Next free code: TT3003.</summary>
public static partial class Messages
{
    /// <summary>TT3001: a strategy name that no sampler has.</summary>
    /// <param name="strategy">The name as the user gave it.</param>
    /// <param name="available">The names that can be used.</param>
    public static Diagnostic Samplers_UnknownStrategy(string strategy, IEnumerable<string> available) =>
        Error(
            "TT3001",
            $"strategy '{strategy}' is not known; use one of: {string.Join(", ", available)}.");

    /// <summary>TT3002: a strategy that is planned but not available in this version.</summary>
    /// <param name="strategy">The name as the user gave it.</param>
    /// <param name="available">The names that can be used.</param>
    public static Diagnostic Samplers_StrategyNotAvailable(string strategy, IEnumerable<string> available) =>
        Error(
            "TT3002",
            $"strategy '{strategy}' is not available in this version of TrainTasks; " +
            $"use one of: {string.Join(", ", available)}.");
}
