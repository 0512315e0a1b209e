using TrainTasks.Core.Caching;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Samplers;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Storage;
using TrainTasks.Core.Sweeps;
using TrainTasks.Core.Trials;
using TrainTasks.TestKit;

namespace TrainTasks.Core.Tests.Sweeps;

public sealed class BestTrialRefitTests
{
    private readonly string _cacheRoot = TestPaths.NewTemporaryDirectory();

    [Fact]
    public void Run_NotCached_TrainsTheBestConfigurationOnEveryRow()
    {
        var trainer = new FakeTrainer(parameters => parameters["x"].AsInt64() / 10.0);
        var context = Context(trainer);
        var best = new SweepRunner(context).Run(CancellationToken.None).Best!;

        var refit = new BestTrialRefit(context).Run(best, CancellationToken.None)!;

        var request = trainer.Requests[^1];
        Assert.True(request.UseAllRows);
        Assert.Equal(4L, request.Parameters["x"].AsInt64());
        Assert.Equal(2L, request.Parameters["epochs"].AsInt64());
        Assert.False(refit.FromCache);
        Assert.True(File.Exists(refit.ModelFile));
        Assert.NotEqual(best.Fingerprint, Path.GetFileName(Path.GetDirectoryName(refit.ModelFile)));
    }

    [Fact]
    public void Run_Twice_TakesTheSecondFromTheCache()
    {
        var trainer = new FakeTrainer(_ => 0.5);
        var context = Context(trainer);
        var best = new SweepRunner(context).Run(CancellationToken.None).Best!;
        new BestTrialRefit(context).Run(best, CancellationToken.None);
        var calls = trainer.TrainCalls;

        var again = new BestTrialRefit(context).Run(best, CancellationToken.None)!;

        Assert.True(again.FromCache);
        Assert.Equal(calls, trainer.TrainCalls);
    }

    [Fact]
    public void Run_CachedOnlyAndNotCached_ReturnsNullAndTrainsNothing()
    {
        var trainer = new FakeTrainer(_ => 0.5);
        var context = Context(trainer);
        var best = new SweepRunner(context).Run(CancellationToken.None).Best!;
        var calls = trainer.TrainCalls;

        var refit = new BestTrialRefit(context).Run(best, CancellationToken.None, cachedOnly: true);

        Assert.Null(refit);
        Assert.Equal(calls, trainer.TrainCalls);
    }

    private SweepContext Context(FakeTrainer trainer)
    {
        var spec = TestSweepContext.GridSpec("refit") with { Refit = true, Seed = 1 };
        return new SweepContext
        {
            Spec = spec,
            Budget = 4,
            StudyKey = "key",
            Sampler = new GridSampler(seed: 1),
            Storage = new InMemoryStudyStorage(),
            Cache = new ArtifactCache(_cacheRoot),
            Trainer = trainer,
            FingerprintInputs = effective => new()
            {
                Parameters = effective,
                DataFormat = "csv",
                ValidationFraction = 0.2,
                DataFileHashes = new Dictionary<string, string> { ["train.table"] = "abc" },
                Trainer = trainer.Identity,
                Seed = 1,
                Threads = 1,
            },
            ToolVersion = "test",
        };
    }
}
