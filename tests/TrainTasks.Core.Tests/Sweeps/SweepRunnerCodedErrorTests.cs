using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Samplers;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Storage;
using TrainTasks.Core.Sweeps;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;
using TrainTasks.TestKit;

namespace TrainTasks.Core.Tests.Sweeps;

/// <summary>
/// A coded error of one trial's configuration fails that trial and the sweep goes on; a coded error
/// that stops the sweep is recorded with its code, never as an interruption, and its trial runs
/// again on resume.
/// </summary>
public sealed class SweepRunnerCodedErrorTests
{
    private readonly string _cacheRoot = TestPaths.NewTemporaryDirectory();
    private readonly InMemoryStudyStorage _storage = new();

    [Fact]
    public void Run_TrialFailsWithACode_RecordsTheCodedReasonAndTrainsTheOthers()
    {
        var penalty = Messages.Training_LayerPenaltyOutOfRange("l2.2", 2);
        var trainer = new ThrowingTrainer(
            parameters => parameters["x"].AsInt64() / 10.0,
            (_, parameters) => parameters["x"].AsInt64() == 2 ? new TrialFailedException(penalty) : null);

        var outcome = Runner(trainer, budget: 4).Run(CancellationToken.None);

        var failed = Assert.Single(outcome.Trials, trial => trial.State == TrialState.Failed);
        Assert.Equal($"TT4056: {penalty.Message}", failed.FailureReason);
        Assert.False(SweepRunner.IsInterrupted(failed));
        Assert.Equal(4, outcome.Trials.Count);
        Assert.Equal([1L, 3, 4], Complete(outcome.Trials));
        Assert.Equal(4L, outcome.Best!.Parameters["x"].AsInt64());
    }

    [Fact]
    public void Run_AgainAfterACodedTrialFailure_KeepsTheFailureAndTrainsNothing()
    {
        var failing = (int _, TrialParameters parameters) => parameters["x"].AsInt64() == 2
            ? new TrialFailedException(Messages.Training_LayerPenaltyOutOfRange("l2.2", 2))
            : null;
        Runner(new ThrowingTrainer(_ => 0.5, failing), budget: 4).Run(CancellationToken.None);
        var trainer = new ThrowingTrainer(_ => 0.5, failing);

        var outcome = Runner(trainer, budget: 4).Run(CancellationToken.None);

        Assert.Equal(0, trainer.Calls);
        Assert.Equal(4, outcome.Reused);
        Assert.Equal(4, _storage.LoadTrials(_storage.OpenStudy("runner", "key")).Count);
    }

    [Fact]
    public void Run_CodedErrorStopsTheSweep_RecordsItsCodeAndFileNotAnInterruption()
    {
        var error = Messages.Csv_NotANumber("/data/train.csv", 7, 3, "n/a");
        var trainer = new ThrowingTrainer(_ => 0.5, (call, _) => call == 2 ? new TrainTasksException(error) : null);

        var thrown = Assert.Throws<TrainTasksException>(() => Runner(trainer, budget: 4).Run(CancellationToken.None));

        Assert.Same(error, thrown.Diagnostic);
        var stored = _storage.LoadTrials(_storage.OpenStudy("runner", "key"));
        Assert.Equal([TrialState.Complete, TrialState.Failed], stored.Select(trial => trial.State));
        Assert.Equal(
            $"stopped the sweep with TT4020: {error.Message.TrimEnd('.')} (/data/train.csv); it runs again when "
            + "the sweep resumes",
            stored[1].FailureReason);
        Assert.False(SweepRunner.IsInterrupted(stored[1]));
        Assert.True(SweepRunner.IsStopped(stored[1]));
    }

    [Fact]
    public void Run_ResumedAfterACodedStop_RunsTheStoppedConfigurationAgainAsAnUninterruptedRunWould()
    {
        var uninterrupted = Runner(new FakeTrainer(_ => 0.5), budget: 4, new InMemoryStudyStorage(),
            TestPaths.NewTemporaryDirectory()).Run(CancellationToken.None);
        var stopping = new ThrowingTrainer(
            _ => 0.5,
            (call, _) => call == 3 ? new TrainTasksException(Messages.Data_SplitEmpty(10, 0.01)) : null);
        Assert.Throws<TrainTasksException>(() => Runner(stopping, budget: 4).Run(CancellationToken.None));

        var resumed = Runner(new FakeTrainer(_ => 0.5), budget: 4).Run(CancellationToken.None);

        Assert.Equal(
            uninterrupted.Trials.Select(trial => trial.Parameters.CanonicalJson),
            resumed.Trials.Select(trial => trial.Parameters.CanonicalJson));
        Assert.Equal(2, resumed.Reused);
        Assert.All(resumed.Trials, trial => Assert.Equal(TrialState.Complete, trial.State));
    }

    [Fact]
    public void Run_RandomSearchOverAFloatRangeOfOnePoint_TrainsItOnceAndSaysExhausted()
    {
        var spec = Spec() with
        {
            Space = new SearchSpace([new FloatParameter("learningRate", 0.01, 0.01, Log: true)]),
            Strategy = "random",
        };
        var trainer = new FakeTrainer(_ => 0.5);
        var context = TestSweepContext.Create(spec, 3, new RandomSampler(seed: 3), _storage, _cacheRoot, trainer);

        var outcome = new SweepRunner(context).Run(CancellationToken.None);

        Assert.Equal(1, trainer.TrainCalls);
        Assert.Equal("""{"learningRate":0.01}""", Assert.Single(outcome.Trials).Parameters.CanonicalJson);
        Assert.Equal("all 1 configurations of the search space have been tried", outcome.ExhaustedReason);
    }

    private static long[] Complete(IReadOnlyList<Trial> trials) =>
        trials.Where(trial => trial.State == TrialState.Complete)
            .Select(trial => trial.Parameters["x"].AsInt64())
            .Order()
            .ToArray();

    private SweepRunner Runner(
        ITrainer trainer,
        int budget,
        IStudyStorage? storage = null,
        string? cache = null) =>
        new(TestSweepContext.Create(
            Spec(), budget, new GridSampler(seed: 3), storage ?? _storage, cache ?? _cacheRoot, trainer));

    private static SweepSpec Spec() => TestSweepContext.GridSpec("runner") with { Fixed = TrialParameters.Empty };

    /// <summary>A fake trainer that throws the exception a test chooses by call (from 1) and parameters.</summary>
    private sealed class ThrowingTrainer(
        Func<TrialParameters, double> objective,
        Func<int, TrialParameters, Exception?> failure) : ITrainer
    {
        private readonly FakeTrainer _inner = new(objective);

        public int Calls { get; private set; }

        public TrainerIdentity Identity => _inner.Identity;

        public void LoadData(DataSpec data) => _inner.LoadData(data);

        public TrainingResult Train(TrainingRequest request, IReporter reporter, CancellationToken cancellationToken)
        {
            if (failure(++Calls, request.Parameters) is { } exception)
            {
                throw exception;
            }

            return _inner.Train(request, reporter, cancellationToken);
        }

        public IReadOnlyDictionary<string, double> Evaluate(
            TrialParameters parameters,
            DataSpec data,
            string modelFile) => _inner.Evaluate(parameters, data, modelFile);
    }
}
