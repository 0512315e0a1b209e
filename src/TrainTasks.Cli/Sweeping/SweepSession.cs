using TrainTasks.Cli.Console;
using TrainTasks.Core.Caching;
using TrainTasks.Core.Fingerprints;
using TrainTasks.Core.Reports;
using TrainTasks.Core.Samplers;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Storage;
using TrainTasks.Core.Sweeps;
using TrainTasks.Core.Training;

namespace TrainTasks.Cli.Sweeping;

/// <summary>
/// The parts of one sweep, composed from the spec and the options: study storage (and its
/// lock), artifact cache, sampler, trainer and keys. Disposing releases the study.
/// </summary>
internal sealed class SweepSession : IDisposable
{
    private readonly StudyLock _lock;
    private readonly SqliteStudyStorage _storage;
    private SweepKeys? _keys;

    private SweepSession(
        SweepSpec spec,
        StudyLock studyLock,
        SqliteStudyStorage storage,
        ArtifactCache cache,
        ITrainer trainer)
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

    /// <summary>
    /// Opens the study (waiting for its lock) and the cache. The trainer must have loaded the
    /// spec's data already, so a bad data file has stopped the run before anything is created.
    /// </summary>
    public static SweepSession Open(
        SweepSpec spec,
        SweepOptions options,
        ITrainer trainer,
        ToolConsole console,
        CancellationToken token)
    {
        var cacheRoot = SweepLocations.CacheDirectory(spec, options.CacheDirectory);
        var storagePath = SweepLocations.StoragePath(spec, options.Storage);
        console.WriteLine(Verbosity.Detailed, $"study: {storagePath}; artifact cache: {cacheRoot}");
        var studyLock = StudyLock.Acquire(storagePath, console, token);
        try
        {
            var storage = new SqliteStudyStorage(storagePath);
            var cache = new ArtifactCache(cacheRoot, console.Report);
            return new SweepSession(spec, studyLock, storage, cache, trainer);
        }
        catch
        {
            studyLock.Dispose();
            throw;
        }
    }

    /// <summary>Runs the sweep to the budget; with <paramref name="budget"/> 0, only reads the study.</summary>
    public SweepOutcome Run(ISweepObserver observer, CancellationToken cancellationToken, int? budget = null) =>
        new SweepRunner(CreateContext(observer, budget ?? Budget)).Run(cancellationToken);

    /// <summary>
    /// The best configuration trained on every training row, when the spec asks for it; with
    /// <paramref name="cachedOnly"/>, only if the cache already has it.
    /// </summary>
    public RefitOutcome? Refit(SweepOutcome outcome, CancellationToken cancellationToken, bool cachedOnly = false)
    {
        if (!Spec.Refit || outcome.Best is not { } best)
        {
            return null;
        }

        var refit = new BestTrialRefit(CreateContext(NullSweepObserver.Instance, budget: 0));
        return refit.Run(best, cancellationToken, cachedOnly);
    }

    /// <summary>The summary of <paramref name="outcome"/>, with the shipped model evaluated on the test set.</summary>
    public SweepSummary Summarize(SweepOutcome outcome, RefitOutcome? refit)
    {
        var model = refit?.ModelFile ?? outcome.BestModelFile;
        var testMetrics = outcome.Best is { } best && model is not null && Spec.Data.Test is not null
            ? Trainer.Evaluate(Spec.Fixed.With(best.Parameters), Spec.Data, model)
            : new Dictionary<string, double>();
        return new SweepSummary(Spec, outcome.Trials, outcome.Best, testMetrics, outcome.ExhaustedReason)
        {
            RefitMetrics = refit?.Metrics,
        };
    }

    /// <summary>The stamp that lets the build skip the tool until an input or output changes.</summary>
    public BuildStamp CreateStamp(SweepSummary summary, SweepOutputFiles outputs, string arguments) => new()
    {
        ToolVersion = ToolVersion.Current,
        Arguments = arguments,
        Inputs = Spec.Data.AllFiles.Prepend(Spec.SpecPath).Distinct().Select(BuildStampFile.ForInput).ToArray(),
        Outputs = outputs.All.Select(BuildStampFile.ForOutput).ToArray(),
        SweepName = Spec.Name,
        ModelPath = outputs.ModelFile,
        BestParamsPath = outputs.BestParamsFile,
        ReportPath = outputs.ReportFile,
        ObjectiveMetric = Spec.Objective.Metric,
        BestValue = summary.Best?.Value,
        BestParameters = summary.Best?.Parameters.ToDictionary(pair => pair.Key, pair => pair.Value.CanonicalJson)
            ?? new Dictionary<string, string>(),
    };

    private SweepContext CreateContext(ISweepObserver observer, int budget)
    {
        _keys ??= SweepKeys.Create(
            Spec, Trainer.Identity, new FileContentHasher(Path.Combine(Cache.Root, "file-hashes.json")));
        return new SweepContext
        {
            Spec = Spec,
            Budget = budget,
            StudyKey = _keys.StudyKey,
            Sampler = SamplerFactory.Create(
                Spec.Strategy, Spec.Seed, Spec.Objective.Direction, Spec.StrategyOptions, Spec.Fixed),
            Storage = _storage,
            Cache = Cache,
            Trainer = Trainer,
            FingerprintInputs = _keys.FingerprintInputs,
            ToolVersion = ToolVersion.Current,
            Observer = observer,
        };
    }

    public void Dispose()
    {
        _storage.Dispose();
        _lock.Dispose();
    }
}
