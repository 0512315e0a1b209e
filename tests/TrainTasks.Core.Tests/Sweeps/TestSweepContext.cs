using TrainTasks.Core.Caching;
using TrainTasks.Core.Samplers;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Storage;
using TrainTasks.Core.Sweeps;
using TrainTasks.Core.Training;

namespace TrainTasks.Core.Tests.Sweeps;

/// <summary>
/// The sweep context of the runner tests: one made-up training file hash stands for the data, so
/// the tests need no data files, and the hypergradients the spec's strategy asks for join each
/// trial's fingerprint as in the tool.
/// </summary>
internal static class TestSweepContext
{
    public static SweepContext Create(
        SweepSpec spec,
        int budget,
        ISampler sampler,
        IStudyStorage storage,
        string cacheRoot,
        ITrainer trainer,
        string dataHash = "abc") => new()
        {
            Spec = spec,
            Budget = budget,
            StudyKey = "key",
            Sampler = sampler,
            Storage = storage,
            Cache = new ArtifactCache(cacheRoot),
            Trainer = trainer,
            FingerprintInputs = effective => new()
            {
                Parameters = effective,
                DataFormat = "csv",
                ValidationFraction = 0.2,
                DataFileHashes = new Dictionary<string, string> { ["train.table"] = dataHash },
                Trainer = trainer.Identity,
                Seed = spec.Seed,
                Threads = 1,
                Hypergradients = spec.Hypergradients,
            },
            ToolVersion = "test",
        };
}
