using TrainTasks.Core.Caching;
using TrainTasks.Core.Fingerprints;
using TrainTasks.Core.Trials;
using TrainTasks.Core.Training;

namespace TrainTasks.Core.Sweeps;

/// <summary>
/// Trains the chosen configuration once more on every training row, validation rows included,
/// so the shipped model has seen all the training data; as scikit-learn's searches do with
/// <c>refit</c>. The refit is cached like a trial, under a fingerprint whose validation
/// fraction is 0, so an unchanged sweep never refits twice.
/// </summary>
public sealed class BestTrialRefit
{
    private readonly SweepContext _context;

    /// <summary>Makes a refit over the parts in <paramref name="context"/> (the sampler is not used).</summary>
    public BestTrialRefit(SweepContext context)
    {
        _context = context;
    }

    /// <summary>
    /// Returns the refit model of <paramref name="best"/>, from the cache or newly trained; with
    /// <paramref name="cachedOnly"/>, null when the cache does not have it.
    /// </summary>
    /// <exception cref="TrialFailedException">The refit diverged although the trial did not.</exception>
    public RefitOutcome? Run(Trial best, CancellationToken cancellationToken, bool cachedOnly = false)
    {
        var spec = _context.Spec;
        var inputs = _context.FingerprintInputs(spec.Fixed.With(best.Parameters)) with { ValidationFraction = 0 };
        var fingerprint = TrialFingerprint.Compute(inputs);
        if (_context.Cache.TryGet(fingerprint) is { } cached)
        {
            return new RefitOutcome(cached.ModelPath, cached.Metrics.Metrics, FromCache: true);
        }

        if (cachedOnly)
        {
            return null;
        }

        var staging = _context.Cache.BeginEntry();
        try
        {
            var reporter = new EpochCollector();
            var request = new TrainingRequest(
                inputs.Parameters, spec.Data, spec.Seed, spec.Threads, staging, UseAllRows: true);
            var result = _context.Trainer.Train(request, reporter, cancellationToken);
            var manifest = new CacheManifestInfo(
                TrialFingerprint.Describe(inputs),
                inputs.Parameters,
                _context.Trainer.Identity,
                _context.ToolVersion,
                result.ModelFileName);
            var metrics = new CachedMetrics(result.Metrics, result.ParameterCount, reporter.Epochs);
            var entry = _context.Cache.Commit(staging, fingerprint, manifest, metrics);
            return new RefitOutcome(entry.ModelPath, entry.Metrics.Metrics, FromCache: false);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
