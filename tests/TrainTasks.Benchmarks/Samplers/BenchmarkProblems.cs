using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Benchmarks.Samplers;

/// <summary>
/// The problems of the Optuna anchor benchmark (shared/bench/optuna_bench.py), with the same domains:
/// Branin on [-5, 10] x [0, 15], Hartmann-6 on [0, 1]^6, Rosenbrock-5 on [-5, 10]^5, and the trivial
/// sum of squares over [-10, 10]^5 whose only purpose is to time the sampler.
/// </summary>
/// <remarks>
/// Definitions as in S. Surjanovic and D. Bingham, "Virtual Library of Simulation Experiments: Test
/// Functions and Datasets", https://www.sfu.ca/~ssurjano/optimization.html.
/// </remarks>
internal static class BenchmarkProblems
{
    private static readonly double[] s_hartmannAlpha = [1.0, 1.2, 3.0, 3.2];

    private static readonly double[,] s_hartmannA =
    {
        { 10, 3, 17, 3.5, 1.7, 8 },
        { 0.05, 10, 17, 0.1, 8, 14 },
        { 3, 3.5, 1.7, 10, 17, 8 },
        { 17, 8, 0.05, 10, 0.1, 14 },
    };

    private static readonly double[,] s_hartmannP =
    {
        { 1312, 1696, 5569, 124, 8283, 5886 },
        { 2329, 4135, 8307, 3736, 1004, 9991 },
        { 2348, 1451, 3522, 2883, 3047, 6650 },
        { 4047, 8828, 8732, 5743, 1091, 381 },
    };

    /// <summary>The three problems of the sample-efficiency part, in the anchor's order.</summary>
    public static IReadOnlyList<BenchmarkProblem> Efficiency { get; } =
    [
        new("branin_2d", Box(("x1", -5.0, 10.0), ("x2", 0.0, 15.0)), p => Branin(Read(p, 2, first: 1)), 0.397887),
        new("hartmann6_6d", Cube(6, 0.0, 1.0), p => Hartmann6(Read(p, 6)), -3.32237),
        new("rosenbrock_5d", Cube(5, -5.0, 10.0), p => Rosenbrock(Read(p, 5)), 0.0),
    ];

    /// <summary>The sum of squares over [-10, 10]^5 used to time the samplers.</summary>
    public static BenchmarkProblem Trivial { get; } =
        new("trivial_5d", Cube(5, -10.0, 10.0), p => Read(p, 5).Sum(x => x * x), 0.0);

    /// <summary>Throws when a function misses its published minimum at its published minimizer.</summary>
    public static void CheckKnownMinima()
    {
        Check("branin", Branin([Math.PI, 2.275]), 0.397887, 1e-5);
        Check("hartmann6", Hartmann6([0.20169, 0.150011, 0.476874, 0.275332, 0.311652, 0.6573]), -3.32237, 1e-4);
        Check("rosenbrock", Rosenbrock([1.0, 1.0, 1.0, 1.0, 1.0]), 0.0, 0.0);
    }

    /// <summary>Branin-Hoo: three global minima of 0.397887, one at (π, 2.275).</summary>
    public static double Branin(IReadOnlyList<double> x)
    {
        var b = 5.1 / (4 * Math.PI * Math.PI);
        var c = 5.0 / Math.PI;
        var t = 1.0 / (8 * Math.PI);
        var inner = x[1] - (b * x[0] * x[0]) + (c * x[0]) - 6.0;
        return (inner * inner) + (10.0 * (1 - t) * Math.Cos(x[0])) + 10.0;
    }

    /// <summary>
    /// Hartmann 6-D: global minimum −3.32237 near (0.2017, 0.1500, 0.4769, 0.2753, 0.3117, 0.6573).
    /// </summary>
    public static double Hartmann6(IReadOnlyList<double> x)
    {
        var sum = 0.0;
        for (var i = 0; i < s_hartmannAlpha.Length; i++)
        {
            var inner = 0.0;
            for (var j = 0; j < 6; j++)
            {
                var difference = x[j] - (1e-4 * s_hartmannP[i, j]);
                inner += s_hartmannA[i, j] * difference * difference;
            }

            sum += s_hartmannAlpha[i] * Math.Exp(-inner);
        }

        return -sum;
    }

    /// <summary>Rosenbrock: global minimum 0 at (1, …, 1).</summary>
    public static double Rosenbrock(IReadOnlyList<double> x)
    {
        var sum = 0.0;
        for (var i = 0; i + 1 < x.Count; i++)
        {
            var valley = x[i + 1] - (x[i] * x[i]);
            sum += (100.0 * valley * valley) + ((1 - x[i]) * (1 - x[i]));
        }

        return sum;
    }

    private static void Check(string name, double actual, double expected, double tolerance)
    {
        if (Math.Abs(actual - expected) > tolerance)
        {
            throw new InvalidOperationException($"{name} gives {actual} at its minimizer; expected {expected}.");
        }
    }

    private static double[] Read(TrialParameters parameters, int count, int first = 0) =>
        Enumerable.Range(first, count).Select(index => parameters[$"x{index}"].AsDouble()).ToArray();

    private static SearchSpace Cube(int dimensions, double low, double high) =>
        Box(Enumerable.Range(0, dimensions).Select(index => ($"x{index}", low, high)).ToArray());

    private static SearchSpace Box(params (string Name, double Low, double High)[] ranges) =>
        new(ranges
            .Select(range => (ParameterDefinition)new FloatParameter(range.Name, range.Low, range.High))
            .ToList());
}
