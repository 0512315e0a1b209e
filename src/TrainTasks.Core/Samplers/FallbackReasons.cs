namespace TrainTasks.Core.Samplers;

/// <summary>
/// The reasons a model-based sampler gives when it proposes at random after its start-up; each
/// reads after "proposed at random because", and is stored with the trial and counted in the report.
/// </summary>
internal static class FallbackReasons
{
    /// <summary>The study already holds as many configurations as the finite space.</summary>
    public const string EverySeen = "the study already held as many configurations as the space";

    /// <summary>The space has nothing the model can be fitted over.</summary>
    public const string NothingToModel = "the space has no parameter to model";

    /// <summary>Every proposal of the model repeated a configuration of the study.</summary>
    public static string Repeats(int proposals, string what) =>
        $"each of the {proposals} {what} repeated a configuration already tried";

    /// <summary>Too few complete trials lie in the search space for the model.</summary>
    public static string TooFewInSpace(int inSpace, int needed) =>
        $"only {inSpace} complete trials lie in the search space and the model needs {needed}";
}
