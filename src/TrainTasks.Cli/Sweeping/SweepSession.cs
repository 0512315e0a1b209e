using TrainTasks.Cli.Console;
using TrainTasks.Core.Caching;
using TrainTasks.Core.Fingerprints;
using TrainTasks.Core.Reports;
using TrainTasks.Core.Samplers;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Storage;
using TrainTasks.Core.Sweeps;
using TrainTasks.Core.Training;
using TrainTasks.Torch.Training;

namespace TrainTasks.Cli.Sweeping;

/// <summary>
/// The parts of one sweep, composed from the spec and the options: study storage (and its
/// lock), artifact cache, sampler, trainer and keys. Disposing releases the study.
/// </summary>
internal sealed class SweepSession : IDisposable
{
    private readonly StudyLock _lock;
    private readonly SqliteStudyStorage _storage;

    private SweepSession(SweepSpec spec, StudyLock studyLock, SqliteStudyStorage storage, ArtifactCache cache, ITrainer trainer)
    {
        Spec = spec;
        _lock = studyLock;
        _storage = storage;
        Cache = cache;
        Trainer = trainer;
    }

    public SweepSpec Spec { get; }

    public ArtifactCache Cache { get; }

    public ITrainer Trainer { get; }

    public int Budget => Spec.Trials;

    public int EpochsPerTrial =>
        Spec.Fixed.TryGetValue("epochs", out var epochs) && epochs.IsNumber ? (int)epochs.AsInt64() : 1;

    public string StoragePath => _storage.DatabasePath;

    public static SweepSession Open(SweepSpec spec, SweepOptions options, ToolConsole console, CancellationToken token)
    {
        var cacheRoot = SweepLocations.CacheDirectory(spec, options.CacheDirectory);
        var storagePath = SweepLocations.StoragePath(spec, options.Storage);
        console.WriteLine(Verbosity.Detailed, $"study: {storagePath}; artifact cache: {cacheRoot}");
        var studyLock = StudyLock.Acquire(storagePath, console, token);
        try
        {
            var storage = new SqliteStudyStorage(storagePath);
            var cache = new ArtifactCache(cacheRoot, console.Report);
            return new SweepSession(spec, studyLock, storage, cache, new TorchTrainer());
        }
        catch
        {
            studyLock.Dispose();
            throw;
        }
    }

    public SweepOutcome Run(ISweepObserver observer, CancellationToken cancellationToken)
    {
        var hasher = new FileContentHasher(Path.Combine(Cache.Root, "file-hashes.json"));
        var keys = SweepKeys.Create(Spec, Trainer.Identity, hasher);
        var context = new SweepContext
        {
            Spec = Spec,
            Budget = Budget,
            StudyKey = keys.StudyKey,
            Sampler = SamplerFactory.Create(Spec.Strategy, Spec.Seed),
            Storage = _storage,
            Cache = Cache,
            Trainer = Trainer,
            FingerprintInputs = keys.FingerprintInputs,
            ToolVersion = ToolVersion.Current,
            Observer = observer,
        };
        return new SweepRunner(context).Run(cancellationToken);
    }

    /// <summary>The summary of <paramref name="outcome"/>, with the winner evaluated on the test set.</summary>
    public SweepSummary Summarize(SweepOutcome outcome)
    {
        var testMetrics = outcome.Best is { } best && outcome.BestModelFile is { } model && Spec.Data.Test is not null
            ? Trainer.Evaluate(Spec.Fixed.With(best.Parameters), Spec.Data, model)
            : new Dictionary<string, double>();
        return new SweepSummary(Spec, outcome.Trials, outcome.Best, testMetrics, outcome.ExhaustedReason);
    }

    public void Dispose()
    {
        _storage.Dispose();
        _lock.Dispose();
    }
}
