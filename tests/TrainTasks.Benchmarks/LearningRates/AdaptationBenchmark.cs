using System.Diagnostics;
using System.Globalization;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;
using TrainTasks.Torch.Native;
using TrainTasks.Torch.Training;

namespace TrainTasks.Benchmarks.LearningRates;

/// <summary>
/// Plain Adam against Adam with hypergradient learning-rate adaptation on Fashion-MNIST, the MLP
/// of examples/FashionMnist (hidden [256, 128], dropout 0.2, batch 128, 2 threads, 10% of the
/// training images held out), from start rates ten times too large and ten times too small, plus
/// our Adam rule with β = 0 to price our own update rules against TorchSharp's.
/// </summary>
internal sealed class AdaptationBenchmark(string dataDirectory, Action<string> progress)
{
    private const int Seed = 1;
    private const int Threads = 2;

    /// <summary>
    /// Runs every configuration once, after a one-epoch warm-up of each path, then times
    /// <paramref name="rounds"/> rounds of one epoch of each path in turn (start rate 0.001).
    /// </summary>
    public AdaptationResult Run(int epochs, IReadOnlyList<double> startRates, double hypergradientRate, int rounds)
    {
        TorchNativeLoader.EnsureLoaded();
        var data = FashionSpec();
        using var trainer = new TorchTrainer();
        trainer.LoadData(data);
        Train(trainer, data, 1e-3, "none", null, epochs: 1);
        Train(trainer, data, 1e-3, TrainingOptions.HypergradientAdaptation, 0.0, epochs: 1);

        var runs = new List<AdaptationRun>();
        foreach (var rate in startRates)
        {
            runs.Add(Train(trainer, data, rate, "none", null, epochs));
            runs.Add(Train(trainer, data, rate, TrainingOptions.HypergradientAdaptation, hypergradientRate, epochs));
            runs.Add(Train(trainer, data, rate, TrainingOptions.HypergradientAdaptation, 0.0, epochs));
        }

        var timing = TimeRounds(trainer, data, hypergradientRate, rounds);
        return new AdaptationResult(
            epochs,
            Seed,
            Threads,
            runs,
            rounds,
            timing,
            timing["hypergradient"] / timing["plain"],
            timing["own_rules"] / timing["plain"]);
    }

    // The fastest of several alternating one-epoch runs per path: other work on the machine only
    // ever slows a run down, so the minimum is the steadiest estimate of each path's own cost.
    private Dictionary<string, double> TimeRounds(TorchTrainer trainer, DataSpec data, double beta, int rounds)
    {
        var fastest = new Dictionary<string, double>
        {
            ["plain"] = double.MaxValue,
            ["hypergradient"] = double.MaxValue,
            ["own_rules"] = double.MaxValue,
        };
        for (var round = 0; round < rounds; round++)
        {
            Keep(fastest, "plain", Train(trainer, data, 1e-3, "none", null, epochs: 1));
            var adapted = TrainingOptions.HypergradientAdaptation;
            Keep(fastest, "hypergradient", Train(trainer, data, 1e-3, adapted, beta, epochs: 1));
            Keep(fastest, "own_rules", Train(trainer, data, 1e-3, adapted, 0.0, epochs: 1));
        }

        return fastest;
    }

    private static void Keep(Dictionary<string, double> fastest, string path, AdaptationRun run) =>
        fastest[path] = Math.Min(fastest[path], run.SecondsPerEpoch);

    private AdaptationRun Train(
        TorchTrainer trainer, DataSpec data, double rate, string adaptation, double? beta, int epochs)
    {
        var parameters = Parameters(rate, adaptation, beta, epochs);
        var artifacts = Path.Combine(Path.GetTempPath(), $"traintasks-hyperlr-{Guid.NewGuid():N}");
        var reporter = new LearningRateReporter();
        try
        {
            var clock = Stopwatch.StartNew();
            var request = new TrainingRequest(parameters, data, Seed, Threads, artifacts);
            var result = trainer.Train(request, reporter, default);
            var seconds = clock.Elapsed.TotalSeconds;
            var test = trainer.Evaluate(parameters, data, Path.Combine(artifacts, result.ModelFileName));
            IReadOnlyList<double> rates = reporter.Rates.Count > 0
                ? reporter.Rates
                : Enumerable.Repeat(rate, epochs).ToArray();
            var run = new AdaptationRun(
                rate, adaptation, beta, test["test_accuracy"], result.Metrics["val_accuracy"], rates[^1],
                seconds, seconds / epochs, rates);
            progress(string.Create(
                CultureInfo.InvariantCulture,
                $"lr {rate:G3} {adaptation} β={beta}: test {run.TestAccuracy:F4}, "
                + $"final lr {run.FinalLearningRate:G3}, {run.SecondsPerEpoch:F2} s/epoch"));
            return run;
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }

    private static TrialParameters Parameters(double rate, string adaptation, double? beta, int epochs)
    {
        var text = CultureInfo.InvariantCulture;
        var betaJson = beta is { } value ? string.Create(text, $",\"hypergradientRate\":{value:R}") : "";
        return TrialParameters.FromJson(string.Create(
            text,
            $$"""
            {"architecture":"mlp","hidden":[256,128],"activation":"relu","dropout":0.2,"optimizer":"adam",
             "learningRate":{{rate:R}},"batchSize":128,"epochs":{{epochs}},
             "learningRateAdaptation":"{{adaptation}}"{{betaJson}}}
            """));
    }

    private DataSpec FashionSpec() =>
        new(
            "idx",
            new DataFiles(
                Path.Combine(dataDirectory, "train-images-idx3-ubyte.gz"),
                Path.Combine(dataDirectory, "train-labels-idx1-ubyte.gz")),
            new DataFiles(
                Path.Combine(dataDirectory, "t10k-images-idx3-ubyte.gz"),
                Path.Combine(dataDirectory, "t10k-labels-idx1-ubyte.gz")),
            ValidationFraction: 0.1);

    private sealed class LearningRateReporter : IReporter
    {
        public List<double> Rates { get; } = [];

        public void Report(EpochRecord epoch)
        {
            if (epoch.Metrics.TryGetValue("learning_rate", out var rate))
            {
                Rates.Add(rate);
            }
        }
    }
}
