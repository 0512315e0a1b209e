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

    /// <summary>Runs the sweep to the budget; with <paramref name="budget"/> 0, only reads the study.</summary>
    public SweepOutcome Run(ISweepObserver observer, CancellationToken cancellationToken, int? budget = null)
    {
        var hasher = new FileContentHasher(Path.Combine(Cache.Root, "file-hashes.json"));
        var keys = SweepKeys.Create(Spec, Trainer.Identity, hasher);
        var context = new SweepContext
        {
            Spec = Spec,
            Budget = budget ?? Budget,
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

    public void Dispose()
    {
        _storage.Dispose();
        _lock.Dispose();
    }
}
