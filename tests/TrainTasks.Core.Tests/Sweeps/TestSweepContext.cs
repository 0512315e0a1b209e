using TrainTasks.Core.Caching;
using TrainTasks.Core.Samplers;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Storage;
using TrainTasks.Core.Sweeps;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Sweeps;

/// <summary>
/// The sweep context of the runner tests: one made-up training file hash stands for the data, so
/// the tests need no data files, and the hypergradients the spec's strategy asks for join each
/// trial's fingerprint as in the tool.
/// </summary>
internal static class TestSweepContext
{
    /// <summary>
    /// The runner tests' spec: a grid over <c>x</c> from 1 to 4, four trials, two epochs fixed, seed 11,
    /// a CSV table that the made-up file hash stands for.
    /// </summary>
    public static SweepSpec GridSpec(string name, string objective = "val_accuracy") => new()
    {
        Name = name,
        SpecPath = $"/specs/{name}.sweep.json",
        Data = new DataSpec("csv", new DataFiles(Table: "/data/train.csv"), null, 0.2),
        Fixed = new TrialParameters(
            new Dictionary<string, ParameterValue> { ["epochs"] = ParameterValue.FromInt64(2) }),
        Space = new SearchSpace([new IntParameter("x", 1, 4)]),
        Objective = new Objective(objective, OptimizationDirection.Maximize),
        Strategy = "grid",
        Trials = 4,
        Seed = 11,
        StudyDefinition = "{}",
    };

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
