using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Benchmarks.Samplers;

/// <summary>A function to minimize over a search space, with its global minimum where it is known.</summary>
/// <param name="Name">The key in the results, as in the Optuna anchor script.</param>
/// <param name="Space">The space: for the test functions a box, one float parameter per coordinate.</param>
/// <param name="Objective">The function, read from a trial's parameters.</param>
/// <param name="GlobalMinimum">The smallest value of the function on the space; null when it is not known.</param>
internal sealed record BenchmarkProblem(
    string Name,
    SearchSpace Space,
    Func<TrialParameters, double> Objective,
    double? GlobalMinimum);
