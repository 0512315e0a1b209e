using System.Globalization;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Storage;
using TrainTasks.Core.Tests.Caching;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="IStudyStorage"/> must have; each storage engine runs these
/// tests through a subclass.
/// </summary>
public abstract class StudyStorageTests : IDisposable
{
    // SHA-256 of no bytes: a well-formed fingerprint that no helper here computes.
    private const string EmptyInputHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    protected static readonly DateTimeOffset Start = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    protected ManualTimeProvider Clock { get; } = new(Start.AddTicks(1234567));

    /// <summary>Opens the storage under test; a second call opens the same data again.</summary>
    protected abstract IStudyStorage OpenStorage();

    public virtual void Dispose()
    {
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void OpenStudy_SameNameAndKey_ReturnsSameId()
    {
        using var storage = OpenStorage();

        var first = storage.OpenStudy("fashion", "key-1");
        var second = storage.OpenStudy("fashion", "key-1");

        Assert.Equal(first, second);
    }

    [Fact]
    public void OpenStudy_OtherKey_ReturnsNewStudyWithoutTrials()
    {
        using var storage = OpenStorage();
        var first = storage.OpenStudy("fashion", "key-1");
        storage.StartTrial(first, Parameters(0.1), Fingerprint(0));

        var second = storage.OpenStudy("fashion", "key-2");

        Assert.NotEqual(first, second);
        Assert.Empty(storage.LoadTrials(second));
    }

    [Fact]
    public void StartTrial_ThreeTimes_NumbersFromZeroInOrder()
    {
        using var storage = OpenStorage();
        var study = storage.OpenStudy("s", "k");

        var numbers = Enumerable.Range(0, 3)
            .Select(i => storage.StartTrial(study, Parameters(i), Fingerprint(i)).Number);

        Assert.Equal([0, 1, 2], numbers.ToArray());
    }

    [Fact]
    public void StartTrial_TwoStudies_EachNumberedFromZero()
    {
        using var storage = OpenStorage();
        var first = storage.OpenStudy("a", "k");
        var second = storage.OpenStudy("b", "k");
        storage.StartTrial(first, Parameters(1), Fingerprint(1));

        var trial = storage.StartTrial(second, Parameters(2), Fingerprint(2));

        Assert.Equal(0, trial.Number);
    }

    [Fact]
    public void LoadTrials_AfterStart_ReturnsRunningTrialWithParametersFingerprintAndStartTime()
    {
        using var storage = OpenStorage();
        var study = storage.OpenStudy("s", "k");
        var parameters = TrialParameters.FromJson("""{"model":"mlp","hidden":[64,32],"lr":1e-3,"dropout":null}""");

        storage.StartTrial(study, parameters, EmptyInputHash);
        var trial = Assert.Single(storage.LoadTrials(study));

        Assert.Equal(TrialState.Running, trial.State);
        Assert.Equal(parameters, trial.Parameters);
        Assert.Equal(EmptyInputHash, trial.Fingerprint);
        Assert.Equal(Clock.GetUtcNow(), trial.StartedAt);
        Assert.Null(trial.FinishedAt);
    }

    [Fact]
    public void FinishTrial_Complete_RoundTripsEveryFieldExactly()
    {
        using var storage = OpenStorage();
        var study = storage.OpenStudy("s", "k");
        var started = storage.StartTrial(study, Parameters(0.3), Fingerprint(0));
        var finished = started with
        {
            State = TrialState.Complete,
            Value = 0.1 + 0.2,
            Metrics = new Dictionary<string, double>
            {
                ["val_accuracy"] = 1.0 / 3.0,
                ["tiny"] = double.Epsilon,
                ["huge"] = double.MaxValue,
                ["negative_zero"] = -0.0,
                ["nan"] = double.NaN,
            },
            FromCache = true,
            FinishedAt = Start.AddMinutes(3).AddTicks(7),
        };

        storage.FinishTrial(study, finished);
        var loaded = Assert.Single(storage.LoadTrials(study));

        Assert.Equal(TrialState.Complete, loaded.State);
        Assert.Equal(
            BitConverter.DoubleToInt64Bits(0.30000000000000004),
            BitConverter.DoubleToInt64Bits(loaded.Value!.Value));
        Assert.Equal(
            finished.Metrics.OrderBy(pair => pair.Key).Select(pair => BitConverter.DoubleToInt64Bits(pair.Value)),
            loaded.Metrics.OrderBy(pair => pair.Key).Select(pair => BitConverter.DoubleToInt64Bits(pair.Value)));
        Assert.True(loaded.FromCache);
        Assert.Equal(Start.AddMinutes(3).AddTicks(7), loaded.FinishedAt);
    }

    [Fact]
    public void FinishTrial_Failed_KeepsReasonAndNoValue()
    {
        using var storage = OpenStorage();
        var study = storage.OpenStudy("s", "k");
        var started = storage.StartTrial(study, Parameters(1), Fingerprint(0));

        storage.FinishTrial(study, started with { State = TrialState.Failed, FailureReason = "loss became NaN" });
        var loaded = Assert.Single(storage.LoadTrials(study));

        Assert.Equal(TrialState.Failed, loaded.State);
        Assert.Equal("loss became NaN", loaded.FailureReason);
        Assert.Null(loaded.Value);
        Assert.Equal(Clock.GetUtcNow(), loaded.FinishedAt);
    }

    [Fact]
    public void ReportEpoch_TwoEpochsOutOfOrder_LoadsThemInEpochOrder()
    {
        using var storage = OpenStorage();
        var study = storage.OpenStudy("s", "k");
        var trial = storage.StartTrial(study, Parameters(1), Fingerprint(0));

        storage.ReportEpoch(study, trial.Number, Epoch(2, 0.5));
        storage.ReportEpoch(study, trial.Number, Epoch(1, 0.9));
        var loaded = Assert.Single(storage.LoadTrials(study));

        Assert.Equal([1, 2], loaded.Epochs.Select(epoch => epoch.Epoch).ToArray());
        Assert.Equal([0.9, 0.5], loaded.Epochs.Select(epoch => epoch.Metrics["val_loss"]).ToArray());
    }

    [Fact]
    public void FinishTrial_WithEpochsFromCache_StoresThem()
    {
        using var storage = OpenStorage();
        var study = storage.OpenStudy("s", "k");
        var trial = storage.StartTrial(study, Parameters(1), Fingerprint(0));

        storage.FinishTrial(study, trial with
        {
            State = TrialState.Complete,
            Value = 0.25,
            Epochs = [Epoch(1, 0.75), Epoch(2, 0.25)],
        });
        var loaded = Assert.Single(storage.LoadTrials(study));

        Assert.Equal([0.75, 0.25], loaded.Epochs.Select(epoch => epoch.Metrics["val_loss"]).ToArray());
    }

    [Fact]
    public void ReportEpoch_FinishedTrial_Throws()
    {
        using var storage = OpenStorage();
        var study = storage.OpenStudy("s", "k");
        var trial = storage.StartTrial(study, Parameters(1), Fingerprint(0));
        storage.FinishTrial(study, trial with { State = TrialState.Pruned });

        var act = () => storage.ReportEpoch(study, trial.Number, Epoch(1, 0.5));

        Assert.Throws<InvalidOperationException>(act);
    }

    [Fact]
    public void FinishTrial_TwiceOnSameTrial_SecondThrows()
    {
        using var storage = OpenStorage();
        var study = storage.OpenStudy("s", "k");
        var trial = storage.StartTrial(study, Parameters(1), Fingerprint(0));
        storage.FinishTrial(study, trial with { State = TrialState.Complete, Value = 1 });

        var act = () => storage.FinishTrial(study, trial with { State = TrialState.Complete, Value = 2 });

        Assert.Throws<InvalidOperationException>(act);
        Assert.Equal(1, Assert.Single(storage.LoadTrials(study)).Value);
    }

    [Fact]
    public void FinishTrial_StateRunning_ThrowsArgumentException()
    {
        using var storage = OpenStorage();
        var study = storage.OpenStudy("s", "k");
        var trial = storage.StartTrial(study, Parameters(1), Fingerprint(0));

        var act = () => storage.FinishTrial(study, trial);

        Assert.Throws<ArgumentException>("finished", act);
    }

    [Theory]
    [InlineData("fp-0")]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85")]
    public void StartTrial_MalformedFingerprint_ThrowsAndStoresNothing(string fingerprint)
    {
        using var storage = OpenStorage();
        var study = storage.OpenStudy("s", "k");

        var act = () => storage.StartTrial(study, Parameters(1), fingerprint);

        Assert.Throws<ArgumentException>("fingerprint", act);
        Assert.Empty(storage.LoadTrials(study));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void FinishTrial_CompleteWithoutFiniteValue_ThrowsAndKeepsTheTrialRunning(double? value)
    {
        using var storage = OpenStorage();
        var study = storage.OpenStudy("s", "k");
        var trial = storage.StartTrial(study, Parameters(1), Fingerprint(0));

        var act = () => storage.FinishTrial(study, trial with { State = TrialState.Complete, Value = value });

        Assert.Throws<ArgumentException>("finished", act);
        Assert.Equal(TrialState.Running, Assert.Single(storage.LoadTrials(study)).State);
    }

    [Fact]
    public void FailInterruptedTrials_OneRunningOneComplete_FailsOnlyTheRunningOne()
    {
        using var storage = OpenStorage();
        var study = storage.OpenStudy("s", "k");
        var done = storage.StartTrial(study, Parameters(1), Fingerprint(1));
        storage.FinishTrial(study, done with { State = TrialState.Complete, Value = 0.5 });
        storage.StartTrial(study, Parameters(2), Fingerprint(2));

        var count = storage.FailInterruptedTrials(study, "interrupted: the previous run stopped");
        var trials = storage.LoadTrials(study);

        Assert.Equal(1, count);
        Assert.Equal([TrialState.Complete, TrialState.Failed], trials.Select(trial => trial.State).ToArray());
        Assert.Equal("interrupted: the previous run stopped", trials[1].FailureReason);
        Assert.Null(trials[0].FailureReason);
    }

    [Fact]
    public void OpenStorage_AfterDispose_KeepsStudiesAndTrials()
    {
        long study;
        using (var storage = OpenStorage())
        {
            study = storage.OpenStudy("s", "k");
            var trial = storage.StartTrial(study, Parameters(0.5), Fingerprint(0));
            storage.FinishTrial(study, trial with { State = TrialState.Complete, Value = 0.5 });
        }

        using var reopened = OpenStorage();
        var sameStudy = reopened.OpenStudy("s", "k");
        var next = reopened.StartTrial(sameStudy, Parameters(0.7), Fingerprint(2));

        Assert.Equal(study, sameStudy);
        Assert.Equal(1, next.Number);
        Assert.Equal(0.5, reopened.LoadTrials(sameStudy)[0].Value);
    }

    [Fact]
    public void StartTrial_WithOrigins_LoadsThemBack()
    {
        var fallback = TrialOrigin.Fallback("each of the 5 model proposals repeated a configuration already tried");
        using (var storage = OpenStorage())
        {
            var study = storage.OpenStudy("s", "k");
            storage.StartTrial(study, Parameters(0.1), Fingerprint(0), TrialOrigin.Startup);
            storage.StartTrial(study, Parameters(0.2), Fingerprint(1), fallback);
            storage.StartTrial(study, Parameters(0.3), Fingerprint(2), TrialOrigin.Strategy);
            storage.StartTrial(study, Parameters(0.4), Fingerprint(3));
        }

        using var reopened = OpenStorage();
        var origins = reopened.LoadTrials(reopened.OpenStudy("s", "k")).Select(trial => trial.Origin);

        Assert.Equal([TrialOrigin.Startup, fallback, TrialOrigin.Strategy, null], origins);
    }

    [Fact]
    public void FinishTrial_TrialWithOrigin_KeepsTheOrigin()
    {
        using var storage = OpenStorage();
        var study = storage.OpenStudy("s", "k");
        var trial = storage.StartTrial(study, Parameters(0.1), Fingerprint(0), TrialOrigin.Startup);

        storage.FinishTrial(study, trial with { State = TrialState.Complete, Value = 0.5, Origin = null });

        Assert.Equal(TrialOrigin.Startup, Assert.Single(storage.LoadTrials(study)).Origin);
    }

    /// <summary>A well-formed fingerprint told apart by <paramref name="number"/>: 64 hex digits.</summary>
    protected static string Fingerprint(int number) => number.ToString("x64", CultureInfo.InvariantCulture);

    protected static TrialParameters Parameters(double learningRate) =>
        new([new("lr", ParameterValue.FromDouble(learningRate))]);

    private static EpochRecord Epoch(int epoch, double validationLoss) =>
        new(epoch, new Dictionary<string, double> { ["val_loss"] = validationLoss });
}
