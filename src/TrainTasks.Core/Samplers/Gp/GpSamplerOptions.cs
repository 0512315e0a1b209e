namespace TrainTasks.Core.Samplers.Gp;

/// <summary>Settings of the Gaussian-process sampler; the defaults suit sweeps of up to a few hundred trials.</summary>
/// <param name="StartupTrials">
/// Complete trials drawn by random search before the Gaussian process takes over; default 10, at least 1.
/// </param>
/// <param name="CandidateCount">
/// Points of the unit cube on which expected improvement is evaluated before local refinement: half
/// pseudo-random, half quasi-random (Halton); default 1000, at least 1.
/// </param>
/// <param name="RefinedCandidates">The best candidates refined by coordinate search; default 5.</param>
/// <param name="FitStarts">
/// Gradient ascents of the marginal-likelihood fit of the kernel, each from the best of a few screened
/// starts; default 2, at least 1.
/// </param>
/// <param name="FitPointLimit">
/// The most observations the kernel fit uses (the whole history still conditions the posterior);
/// default 64, at least 2.
/// </param>
/// <param name="SobolStartup">
/// Whether the start-up trials are the first points of a scrambled Sobol sequence seeded like the
/// sampler (<see cref="Sobol.SobolSampler"/>) instead of independent random draws; default false.
/// </param>
public sealed record GpSamplerOptions(
    int StartupTrials = 10,
    int CandidateCount = 1000,
    int RefinedCandidates = 5,
    int FitStarts = 2,
    int FitPointLimit = 64,
    bool SobolStartup = false)
{
    /// <summary>The default settings.</summary>
    public static GpSamplerOptions Default { get; } = new();

    /// <summary>Throws when a setting is out of its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is below its minimum.</exception>
    public void Validate()
    {
        CheckAtLeast(StartupTrials, 1, nameof(StartupTrials));
        CheckAtLeast(CandidateCount, 1, nameof(CandidateCount));
        CheckAtLeast(RefinedCandidates, 0, nameof(RefinedCandidates));
        CheckAtLeast(FitStarts, 1, nameof(FitStarts));
        CheckAtLeast(FitPointLimit, 2, nameof(FitPointLimit));
    }

    private static void CheckAtLeast(int value, int minimum, string name)
    {
        if (value < minimum)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {minimum}.");
        }
    }
}
