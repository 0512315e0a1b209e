using System.Diagnostics;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;
using TrainTasks.Torch.Native;
using TrainTasks.Torch.Training;

namespace TrainTasks.Benchmarks;

/// <summary>
/// Times the MLP 784-256-128-10 on Fashion-MNIST (batch 128, Adam 0.001, 2 threads) as a TorchTrainer trial
/// and as a bare TorchSharp loop, alternating in one process after one warm-up epoch of each.
/// </summary>
internal sealed class EpochBenchmark(string dataDirectory)
{
    private const int Seed = 1;
    private const int Threads = 2;
    private const double ValidationFraction = 1.0 / 12;

    public EpochResult Run(int epochs, int rounds)
    {
        TorchNativeLoader.EnsureLoaded();
        var spec = FashionSpec();
        using var trainer = new TorchTrainer();
        using var bare = new BareTrainingLoop(spec.Train.Images!, spec.Train.Labels!, ValidationFraction, Seed);

        TimeTrainer(trainer, spec, epochs: 1);
        bare.Run(epochs: 1, Threads);
        var (bareSeconds, trainerSeconds) = (0.0, 0.0);
        for (var round = 0; round < rounds; round++)
        {
            trainerSeconds += TimeTrainer(trainer, spec, epochs);
            bareSeconds += Time(() => bare.Run(epochs, Threads));
        }

        var (barePerEpoch, trainerPerEpoch) = (bareSeconds / (epochs * rounds), trainerSeconds / (epochs * rounds));
        return new EpochResult(barePerEpoch, trainerPerEpoch, trainerPerEpoch / barePerEpoch, epochs, rounds);
    }

    private DataSpec FashionSpec() =>
        new(
            "idx",
            new DataFiles(
                Path.Combine(dataDirectory, "train-images-idx3-ubyte.gz"),
                Path.Combine(dataDirectory, "train-labels-idx1-ubyte.gz")),
            Test: null,
            ValidationFraction);

    private static double TimeTrainer(TorchTrainer trainer, DataSpec spec, int epochs)
    {
        var parameters = TrialParameters.FromJson($$"""
            {"architecture":"mlp","hidden":[256,128],"optimizer":"adam","learningRate":0.001,
             "batchSize":128,"epochs":{{epochs}}}
            """);
        var artifacts = Path.Combine(Path.GetTempPath(), $"traintasks-bench-{Guid.NewGuid():N}");
        var request = new TrainingRequest(parameters, spec, Seed, Threads, artifacts);
        try
        {
            return Time(() => trainer.Train(request, NullReporter.Instance, CancellationToken.None));
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }

    private sealed class NullReporter : IReporter
    {
        public static NullReporter Instance { get; } = new();

        public void Report(EpochRecord epoch)
        {
        }
    }
}
