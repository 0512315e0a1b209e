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
        // A refit holds no rows out, so it has no validation loss to take hypergradients of.
        var inputs = _context.FingerprintInputs(spec.Fixed.With(best.Parameters)) with
        {
            ValidationFraction = 0,
            Hypergradients = [],
        };
        var fingerprint = TrialFingerprint.Compute(inputs);
        if (_context.Cache.TryGet(fingerprint) is { } cached)
        {
            return new RefitOutcome(cached.ModelPath, cached.Metrics.Metrics, FromCache: true);
        }

        if (cachedOnly)
        {
            return null;
        }

        var reporter = new EpochCollector();
        using var staged = StagedTraining.Run(_context, inputs, reporter, useAllRows: true, cancellationToken);
        var entry = staged.Commit(fingerprint, reporter.Epochs);
        return new RefitOutcome(entry.ModelPath, entry.Metrics.Metrics, FromCache: false);
    }
}
