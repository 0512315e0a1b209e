using System.Diagnostics;
using TrainTasks.Core.Caching;
using TrainTasks.Core.Fingerprints;
using TrainTasks.Core.Reports;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Sweeps;

/// <summary>
/// One training run into a staging folder of the artifact cache: committed under its
/// fingerprint when the caller accepts it, removed on dispose otherwise. Trials, the refit and
/// a rebuilt best model all train through it.
/// </summary>
internal sealed class StagedTraining : IDisposable
{
    private readonly SweepContext _context;
    private readonly TrialFingerprintInputs _inputs;
    private readonly string _staging;

    private StagedTraining(SweepContext context, TrialFingerprintInputs inputs, string staging)
    {
        _context = context;
        _inputs = inputs;
        _staging = staging;
    }

    /// <summary>What the trainer returned.</summary>
    public TrainingResult Result { get; private set; } = null!;

    /// <summary>The trainer's metrics with the parameter count and the training time added.</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; private set; } = null!;

    /// <summary>
    /// Trains the configuration of <paramref name="inputs"/>; on failure the staging folder is removed.
    /// </summary>
    public static StagedTraining Run(
        SweepContext context,
        TrialFingerprintInputs inputs,
        IReporter reporter,
        bool useAllRows,
        CancellationToken cancellationToken)
    {
        var spec = context.Spec;
        var staged = new StagedTraining(context, inputs, context.Cache.BeginEntry());
        try
        {
            var request = new TrainingRequest(
                inputs.Parameters, spec.Data, spec.Seed, spec.Threads, staged._staging, useAllRows)
            {
                Hypergradients = inputs.Hypergradients,
                HypergradientSettings = inputs.HypergradientSettings,
            };
            var watch = Stopwatch.StartNew();
            staged.Result = context.Trainer.Train(request, reporter, cancellationToken);
            staged.Metrics = new Dictionary<string, double>(staged.Result.Metrics)
            {
                [SweepSummary.ParameterCountMetric] = staged.Result.ParameterCount,
                [SweepSummary.TrainSecondsMetric] = Math.Round(watch.Elapsed.TotalSeconds, 3),
            };
            return staged;
        }
        catch
        {
            staged.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Moves the model into the cache under <paramref name="fingerprint"/>, with its metrics and epochs.
    /// </summary>
    public CacheEntry Commit(string fingerprint, IReadOnlyList<EpochRecord> epochs)
    {
        var manifest = new CacheManifestInfo(
            TrialFingerprint.Describe(_inputs),
            _inputs.Parameters,
            _context.Trainer.Identity,
            _context.ToolVersion,
            Result.ModelFileName);
        var metrics = new CachedMetrics(Metrics, Result.ParameterCount, epochs);
        return _context.Cache.Commit(_staging, fingerprint, manifest, metrics);
    }

    /// <summary>Removes the staging folder if it was not committed.</summary>
    public void Dispose()
    {
        if (Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }
}
