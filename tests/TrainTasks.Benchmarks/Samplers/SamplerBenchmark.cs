using System.Diagnostics;
using System.Text.Json.Nodes;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Benchmarks.Samplers;

/// <summary>
/// Sample efficiency and suggestion overhead of the samplers, in the JSON shape of the Optuna anchor
/// script (shared/bench/optuna_bench.py), so the two result files can be read side by side.
/// </summary>
/// <remarks>
/// Each study is driven like the sweep loop: the sampler is asked with the growing history and each
/// suggestion becomes a complete trial holding the objective's value. Overhead times only
/// <c>Suggest</c> (the anchor times whole trials, objective and storage included, so its figures are
/// upper bounds of the same quantity): ms per trial over the last 100 trials of a 100-, 300- and
/// 1000-trial study, the shorter studies being the beginning of the longest one.
/// </remarks>
internal sealed class SamplerBenchmark(SamplerBenchmarkOptions options, TextWriter progress)
{
    private const int TimedTrials = 100;

    private const string Method =
        "TrainTasks sampler benchmark, same problems, domains, budgets and seeds as optuna_bench.py.\n"
        + "(a) Overhead: Suggest time alone on the 5-D sum of squares over [-10, 10], ms per trial over the "
        + "last 100 trials of a 100-, 300- and 1000-trial study (one 1000-trial study per repetition).\n"
        + "(b) Sample efficiency: best value after 50 and 100 trials on Branin (2-D), Hartmann-6 (6-D) and "
        + "Rosenbrock-5 on [-5, 10]^5, and the validation log loss of softmax regression on the 8x8 digits "
        + "tuned over learning rate, L2 penalty and steps (digits_logreg, as build/bench/digits_logreg_bench.py); "
        + "min, quartiles, median and max over seeds.\n";

    /// <summary>Runs both parts and returns the results.</summary>
    public JsonObject Run()
    {
        BenchmarkProblems.CheckKnownMinima();
        var start = Stopwatch.GetTimestamp();
        var result = new JsonObject
        {
            ["env"] = EnvironmentInfo(),
            ["samplers"] = new JsonArray(options.Samplers.Select(entry => (JsonNode)entry.Name).ToArray()),
            ["method"] = Method,
            ["seeds"] = new JsonArray(options.SeedValues.Select(seed => (JsonNode)seed).ToArray()),
        };

        if (!options.SkipOverhead)
        {
            progress.WriteLine("(a) overhead");
            result["overhead"] = Overhead();
        }

        if (!options.SkipEfficiency)
        {
            progress.WriteLine("(b) sample efficiency");
            var digits = DigitsLogisticRegression.Load(DigitsPath);
            result["efficiency"] = Efficiency([.. BenchmarkProblems.Efficiency, digits.Problem()]);
            result["objective_check"] = new JsonObject { ["digits_logreg"] = CheckValues(digits) };
        }

        result["script_wall_s"] = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return result;
    }

    private JsonObject Overhead()
    {
        var overhead = new JsonObject();
        foreach (var entry in options.Samplers)
        {
            var checkpoints = options.Checkpoints.Where(count => count <= entry.MaxOverheadTrials).ToArray();
            var perTrial = checkpoints.ToDictionary(count => count, _ => new List<double>());
            var cumulative = checkpoints.ToDictionary(count => count, _ => new List<double>());
            for (var repetition = 0; repetition < options.Repetitions; repetition++)
            {
                var seconds = new double[checkpoints.Max()];
                RunStudy(entry.Create(repetition, OptimizationDirection.Minimize), BenchmarkProblems.Trivial, seconds);
                foreach (var count in checkpoints)
                {
                    perTrial[count].Add(1000.0 * seconds[(count - TimedTrials)..count].Average());
                    cumulative[count].Add(seconds[..count].Sum());
                }

                progress.WriteLine($"  overhead {entry.Name} rep{repetition}: " + string.Join(
                    ", ",
                    checkpoints.Select(count => $"{count}: {perTrial[count][^1]:F3} ms/trial")));
            }

            overhead[entry.Name] = new JsonObject
            {
                ["ms_per_trial_last100"] = SummaryByKey(perTrial),
                ["cumulative_suggest_s"] = SummaryByKey(cumulative),
            };
        }

        return overhead;
    }

    /// <summary>The digits table, copied beside the benchmark when it is built.</summary>
    public static string DigitsPath => Path.Combine(AppContext.BaseDirectory, "data", "digits.csv.gz");

    private JsonObject Efficiency(IReadOnlyList<BenchmarkProblem> problems)
    {
        var efficiency = new JsonObject();
        foreach (var problem in problems)
        {
            var samplers = new JsonObject();
            foreach (var entry in options.Samplers)
            {
                samplers[entry.Name] = EfficiencyOf(entry, problem);
            }

            efficiency[problem.Name] = new JsonObject
            {
                ["global_min"] = problem.GlobalMinimum,
                ["samplers"] = samplers,
            };
        }

        return efficiency;
    }

    private JsonObject EfficiencyOf(SamplerEntry entry, BenchmarkProblem problem)
    {
        var start = Stopwatch.GetTimestamp();
        var best = options.Budgets.ToDictionary(budget => budget, _ => new List<double>());
        foreach (var seed in options.SeedValues)
        {
            var seconds = new double[options.Budgets.Max()];
            var values = RunStudy(entry.Create(seed, OptimizationDirection.Minimize), problem, seconds);
            foreach (var budget in options.Budgets)
            {
                best[budget].Add(values.Take(budget).Min());
            }
        }

        var result = new JsonObject
        {
            ["best_after"] = SummaryByKey(best),
            ["gap_to_min_after"] = problem.GlobalMinimum is { } minimum ? Gaps(best, minimum) : null,
            ["raw_best_after"] = new JsonObject(best.Select(pair => KeyValuePair.Create(
                Key(pair.Key),
                (JsonNode?)new JsonArray(pair.Value.Select(value => (JsonNode)value).ToArray())))),
            ["wall_s_all_seeds"] = Stopwatch.GetElapsedTime(start).TotalSeconds,
        };
        progress.WriteLine($"  eff {problem.Name,-14} {entry.Name,-20} " + string.Join("  ", options.Budgets.Select(
            budget => $"@{budget}: med {result["best_after"]![Key(budget)]!["median"]!.GetValue<double>():G4}")));
        return result;
    }

    // One study of seconds.Length trials; returns the objective values and fills in the time of
    // each Suggest call.
    private static double[] RunStudy(Core.Samplers.ISampler sampler, BenchmarkProblem problem, double[] seconds)
    {
        var history = new List<Trial>(seconds.Length);
        var values = new double[seconds.Length];
        for (var number = 0; number < seconds.Length; number++)
        {
            var start = Stopwatch.GetTimestamp();
            var suggestion = sampler.Suggest(problem.Space, history);
            seconds[number] = Stopwatch.GetElapsedTime(start).TotalSeconds;

            var parameters = suggestion.Parameters ?? throw new InvalidOperationException(
                $"Sampler '{sampler.Name}' says the continuous space of {problem.Name} is exhausted.");
            values[number] = problem.Objective(parameters);
            history.Add(new Trial
            {
                Number = number,
                State = TrialState.Complete,
                Parameters = parameters,
                Fingerprint = $"bench-{number}",
                Value = values[number],
            });
        }

        return values;
    }

    private static JsonObject Gaps(Dictionary<int, List<double>> best, double minimum) =>
        SummaryByKey(best.ToDictionary(pair => pair.Key, pair => pair.Value.Select(value => value - minimum).ToList()));

    // Parameters and values of fixed points, for the reference script to recompute.
    private static JsonArray CheckValues(DigitsLogisticRegression digits)
    {
        var problem = digits.Problem();
        return new JsonArray(DigitsLogisticRegression.CheckPoints.Select(parameters =>
        {
            var point = parameters.ToJsonObject();
            point["value"] = problem.Objective(parameters);
            return (JsonNode)point;
        }).ToArray());
    }

    private static JsonObject SummaryByKey(Dictionary<int, List<double>> samples) =>
        new(samples.Select(pair => KeyValuePair.Create(Key(pair.Key), (JsonNode?)Statistics.Summarize(pair.Value))));

    private static string Key(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static JsonObject EnvironmentInfo() => new()
    {
        ["dotnet"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
        ["platform"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
        ["cpu_count"] = System.Environment.ProcessorCount,
        ["configuration"] = IsOptimized() ? "Release" : "Debug",
    };

    private static bool IsOptimized() =>
        typeof(SamplerBenchmark).Assembly
            .GetCustomAttributes(typeof(DebuggableAttribute), inherit: false)
            .OfType<DebuggableAttribute>()
            .All(attribute => !attribute.IsJITOptimizerDisabled);
}
