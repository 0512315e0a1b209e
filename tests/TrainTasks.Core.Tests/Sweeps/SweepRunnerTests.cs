using TrainTasks.Core.Caching;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Samplers;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Storage;
using TrainTasks.Core.Sweeps;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;
using TrainTasks.TestKit;

namespace TrainTasks.Core.Tests.Sweeps;

public sealed class SweepRunnerTests
{
    private readonly string _cacheRoot = TestPaths.NewTemporaryDirectory();
    private readonly InMemoryStudyStorage _storage = new();

    [Fact]
    public void Run_FreshStudy_TrainsEveryGridPointOnceAndPicksTheBest()
    {
        var trainer = new FakeTrainer(parameters => parameters["x"].AsInt64() / 10.0);

        var outcome = Runner(trainer, budget: 4).Run(CancellationToken.None);

        Assert.Equal(4, trainer.TrainCalls);
        Assert.Equal(4, outcome.Trained);
        Assert.Equal(4L, outcome.Best!.Parameters["x"].AsInt64());
        Assert.Equal(0.4, outcome.Best.Value);
        Assert.Equal([1L, 2, 3, 4], outcome.Trials.Select(trial => trial.Parameters["x"].AsInt64()).Order());
    }

    [Fact]
    public void Run_SameStudyAgain_ReusesEveryTrialAndTrainsNothing()
    {
        Runner(new FakeTrainer(_ => 0.5), budget: 3).Run(CancellationToken.None);
        var trainer = new FakeTrainer(_ => 0.5);

        var outcome = Runner(trainer, budget: 3).Run(CancellationToken.None);

        Assert.Equal(0, trainer.TrainCalls);
        Assert.Equal(3, outcome.Reused);
        Assert.Equal(3, outcome.Trials.Count);
    }

    [Fact]
    public void Run_LargerBudget_RunsOnlyTheNewTrials()
    {
        Runner(new FakeTrainer(_ => 0.5), budget: 2).Run(CancellationToken.None);
        var trainer = new FakeTrainer(_ => 0.5);

        var outcome = Runner(trainer, budget: 3).Run(CancellationToken.None);

        Assert.Equal(1, trainer.TrainCalls);
        Assert.Equal(3, outcome.Trials.Count);
    }

    [Fact]
    public void Run_NewStudySharingTheCache_TakesEveryTrialFromTheCache()
    {
        Runner(new FakeTrainer(_ => 0.5), budget: 4).Run(CancellationToken.None);
        var trainer = new FakeTrainer(_ => 0.5);

        var outcome = Runner(trainer, budget: 4, storage: new InMemoryStudyStorage()).Run(CancellationToken.None);

        Assert.Equal(0, trainer.TrainCalls);
        Assert.Equal(4, outcome.FromCache);
        Assert.All(outcome.Trials, trial => Assert.True(trial.FromCache));
        Assert.All(outcome.Trials, trial => Assert.Equal(2, trial.Epochs.Count));
    }

    [Fact]
    public void Run_CancelledThenResumed_RunsTheSameConfigurationsAsAnUninterruptedRun()
    {
        var uninterrupted = Runner(new FakeTrainer(_ => 0.5), budget: 4, storage: new InMemoryStudyStorage(),
            cache: TestPaths.NewTemporaryDirectory()).Run(CancellationToken.None);
        var cancelling = new FakeTrainer(_ => 0.5) { CancelOnCall = 3 };
        Assert.Throws<OperationCanceledException>(() => Runner(cancelling, budget: 4).Run(CancellationToken.None));

        var resumed = Runner(new FakeTrainer(_ => 0.5), budget: 4).Run(CancellationToken.None);

        Assert.Equal(
            uninterrupted.Trials.Select(trial => trial.Parameters.CanonicalJson),
            resumed.Trials.Select(trial => trial.Parameters.CanonicalJson));
        Assert.Equal(2, resumed.Reused);
        var stored = _storage.LoadTrials(_storage.OpenStudy("runner", "key"));
        Assert.Single(stored, SweepRunner.IsInterrupted);
        Assert.DoesNotContain(stored, trial => trial.State == TrialState.Running);
    }

    [Fact]
    public void Run_TrialFails_RecordsTheReasonAndGoesOn()
    {
        var trainer = new FakeTrainer(parameters => parameters["x"].AsInt64() / 10.0)
        {
            FailWhen = parameters => parameters["x"].AsInt64() == 4,
        };

        var outcome = Runner(trainer, budget: 4).Run(CancellationToken.None);

        var failed = Assert.Single(outcome.Trials, trial => trial.State == TrialState.Failed);
        Assert.Equal("the loss is NaN at epoch 1", failed.FailureReason);
        Assert.Equal(3L, outcome.Best!.Parameters["x"].AsInt64());
    }

    [Fact]
    public void Run_ObjectiveIsNaN_MarksTheTrialFailed()
    {
        var trainer = new FakeTrainer(_ => double.NaN);

        var outcome = Runner(trainer, budget: 2).Run(CancellationToken.None);

        Assert.All(outcome.Trials, trial => Assert.Equal(TrialState.Failed, trial.State));
        Assert.Null(outcome.Best);
        Assert.Null(outcome.BestModelFile);
    }

    [Fact]
    public void Run_CachedEntryWithoutTheObjective_FailsTheTrialAsTrainingWould()
    {
        Runner(new FakeTrainer(_ => 0.5), budget: 4).Run(CancellationToken.None);
        var trainer = new FakeTrainer(_ => 0.5);
        var storage = new InMemoryStudyStorage();

        var outcome = Runner(trainer, budget: 4, storage, objective: "val_loss").Run(CancellationToken.None);

        Assert.Equal(0, trainer.TrainCalls);
        Assert.Equal(4, outcome.FromCache);
        Assert.All(outcome.Trials, trial => Assert.Equal(TrialState.Failed, trial.State));
        Assert.All(
            outcome.Trials,
            trial => Assert.StartsWith("the trainer reported no 'val_loss'", trial.FailureReason));
        Assert.Null(outcome.Best);
    }

    [Fact]
    public void Run_GridSmallerThanBudget_StopsAndSaysWhy()
    {
        var outcome = Runner(new FakeTrainer(_ => 0.5), budget: 10).Run(CancellationToken.None);

        Assert.Equal(4, outcome.Trials.Count);
        Assert.NotNull(outcome.ExhaustedReason);
    }

    [Fact]
    public void Run_BestModelFile_HoldsTheBestTrialsModel()
    {
        var outcome = Runner(new FakeTrainer(parameters => -parameters["x"].AsInt64()), budget: 4)
            .Run(CancellationToken.None);

        Assert.Equal(outcome.Best!.Parameters.CanonicalJson, ParametersOf(File.ReadAllText(outcome.BestModelFile!)));
    }

    [Fact]
    public void Run_BestModelGoneFromTheCache_TrainsItAgainWithoutTouchingTheStudy()
    {
        var first = Runner(new FakeTrainer(parameters => parameters["x"].AsInt64() / 10.0), budget: 4)
            .Run(CancellationToken.None);
        Directory.Delete(Path.GetDirectoryName(first.BestModelFile!)!, recursive: true);
        var trainer = new FakeTrainer(parameters => parameters["x"].AsInt64() / 10.0);

        var second = Runner(trainer, budget: 4).Run(CancellationToken.None);

        Assert.Equal(1, trainer.TrainCalls);
        Assert.Equal(4L, trainer.Trained.Single()["x"].AsInt64());
        Assert.True(File.Exists(second.BestModelFile));
        Assert.Equal(4, second.Reused);
    }

    private static string ParametersOf(string effectiveJson) =>
        $"{{\"x\":{TrialParameters.FromJson(effectiveJson)["x"].CanonicalJson}}}";

    private SweepRunner Runner(
        ITrainer trainer,
        int budget,
        IStudyStorage? storage = null,
        string? cache = null,
        string objective = "val_accuracy") =>
        new(TestSweepContext.Create(
            Spec(objective), budget, new GridSampler(seed: 3), storage ?? _storage, cache ?? _cacheRoot, trainer));

    private static SweepSpec Spec(string objective) => TestSweepContext.GridSpec("runner", objective);
}
