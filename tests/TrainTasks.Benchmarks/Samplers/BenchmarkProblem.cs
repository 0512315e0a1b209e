using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Benchmarks.Samplers;

/// <summary>A test function to minimize over a box, with its known global minimum.</summary>
/// <param name="Name">The key in the results, as in the Optuna anchor script.</param>
/// <param name="Space">The box, one float parameter per coordinate.</param>
/// <param name="Objective">The function, read from a trial's parameters.</param>
/// <param name="GlobalMinimum">The smallest value of the function on the box.</param>
internal sealed record BenchmarkProblem(
    string Name,
    SearchSpace Space,
    Func<TrialParameters, double> Objective,
    double GlobalMinimum);
