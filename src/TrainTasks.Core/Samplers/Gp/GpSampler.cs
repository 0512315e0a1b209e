using TrainTasks.Core.Samplers.Sobol;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers.Gp;

/// <summary>
/// Gaussian-process Bayesian optimization: after a random start-up, fits a Gaussian process with a
/// Matérn 5/2 kernel to the complete trials and proposes the point of greatest expected improvement.
/// </summary>
/// <remarks>
/// <para>
/// Snoek, Larochelle and Adams, "Practical Bayesian Optimization of Machine Learning Algorithms",
/// NeurIPS 2012, https://arxiv.org/abs/1206.2944. Inputs live in the unit cube (log parameters in
/// the logarithm, categorical parameters one-hot, see <c>SpaceEncoding</c>); objective
/// values are standardized; kernel hyperparameters are fitted by maximum a posteriori (see
/// <c>HyperparameterFit</c>) where the paper integrates them out; the acquisition is log
/// expected improvement (see <c>LogExpectedImprovement</c>).
/// </para>
/// <para>
/// The first <see cref="GpSamplerOptions.StartupTrials"/> complete trials come from a
/// <see cref="RandomSampler"/> with the same seed, so the start-up equals random search (or, with
/// <see cref="GpSamplerOptions.SobolStartup"/>, from a <see cref="SobolSampler"/> with the same seed). Running
/// trials take the best observed value as a constant liar (Ginsbourger, Le Riche and Carraro,
/// "Kriging is well-suited to parallelize optimization", 2010), so parallel workers spread out;
/// failed and pruned trials are left out. In a finite space a configuration of the history is
/// not proposed again while unseen ones remain; an exhausted space says so. A random draw after
/// the start-up (every candidate already tried, too few complete trials inside the space) carries
/// its reason in the suggestion's origin.
/// </para>
/// <para>
/// A conditional space keeps one coordinate block per parameter; an inactive parameter's block
/// takes a fixed value (see <c>SpaceEncoding</c>), so two configurations that differ only in what
/// they leave inactive are the same point, and two that both leave a parameter inactive are equal
/// in its coordinates. Lévesque, Durand, Gagné and Sabourin, "Bayesian optimization for
/// conditional hyperparameter spaces", IJCNN 2017, show that how inactive parameters are imputed
/// matters and propose kernels that read the conditions; we keep the Matérn kernel and impute.
/// </para>
/// </remarks>
public sealed class GpSampler : ISampler
{
    private readonly RandomSampler _random;
    private readonly ISampler _startup;

    /// <summary>Makes a Gaussian-process sampler.</summary>
    /// <param name="seed">
    /// Seed of the start-up draws, the kernel fit starts and the candidates (spec field <c>seed</c>).
    /// </param>
    /// <param name="direction">Whether smaller or larger values are better (spec field <c>direction</c>).</param>
    /// <param name="options">The sampler settings; <see cref="GpSamplerOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of its range.</exception>
    public GpSampler(int seed, OptimizationDirection direction, GpSamplerOptions? options = null)
    {
        Seed = seed;
        Direction = direction;
        Options = options ?? GpSamplerOptions.Default;
        Options.Validate();
        _random = new RandomSampler(seed);
        _startup = Options.SobolStartup ? new SobolSampler(seed, direction, new SobolOptions()) : _random;
    }

    /// <summary>The seed of every draw.</summary>
    public int Seed { get; }

    /// <summary>Which way the objective improves.</summary>
    public OptimizationDirection Direction { get; }

    /// <summary>The sampler settings.</summary>
    public GpSamplerOptions Options { get; }

    /// <inheritdoc />
    public string Name => "gp";

    /// <inheritdoc />
    public Suggestion Suggest(SearchSpace space, IReadOnlyList<Trial> history)
    {
        var encoding = new SpaceEncoding(space);
        var observations = GpObservations.Gather(space, history, encoding, Direction);
        if (history.Count(IsRanked) < Options.StartupTrials)
        {
            return _startup.Suggest(space, history).AsStartup();
        }

        if (observations.CompleteCount < Options.StartupTrials || encoding.Dimensions == 0)
        {
            var reason = encoding.Dimensions == 0
                ? FallbackReasons.NothingToModel
                : FallbackReasons.TooFewInSpace(observations.CompleteCount, Options.StartupTrials);
            return _random.Suggest(space, history).AsFallback(reason);
        }

        var seen = SeenConfigurations.Of(space, history);
        if (space.Cardinality is { } cardinality && seen.Count >= cardinality)
        {
            // The random sampler checks membership before it declares the space exhausted.
            return _random.Suggest(space, history).AsFallback(FallbackReasons.EverySeen);
        }

        // Limitation: the kernel is refitted from scratch on every call, so suggestion time grows
        // with the square of the trial count in the acquisition search (the fit is capped by
        // FitPointLimit); about 50 ms of processor time at 200 trials in 5 dimensions.
        var random = new SeededRandom(StableHash.Of("gp", Seed, history.Count));
        var ranked = Rank(observations, encoding, random);
        return Choose(space, history, encoding, ranked, seen);
    }

    private List<(double[] Point, double Score)> Rank(
        GpObservations observations,
        SpaceEncoding encoding,
        SeededRandom random)
    {
        var (fitPoints, fitTargets) = observations.Subset(Options.FitPointLimit);
        var hyperparameters = HyperparameterFit.Fit(
            fitPoints,
            fitTargets,
            encoding.Dimensions,
            Options.FitStarts,
            random);
        var process = new GaussianProcess(observations.Points, observations.Targets, hyperparameters);
        var search = new AcquisitionSearch(process, encoding, observations.Best);
        return search.Rank(Options, random);
    }

    // The best candidate not yet in the history wins. A continuous space needs this too: the
    // acquisition often peaks on a bound, where every candidate pushed past it decodes to the same
    // value, and the noise term keeps expected improvement positive at a point already tried, so
    // a deterministic objective would be trained again and again at one configuration. When every
    // candidate was seen, the random sampler picks an unseen configuration.
    private Suggestion Choose(
        SearchSpace space,
        IReadOnlyList<Trial> history,
        SpaceEncoding encoding,
        List<(double[] Point, double Score)> ranked,
        HashSet<string> seen)
    {
        foreach (var (point, _) in ranked)
        {
            var parameters = encoding.Decode(point);
            if (!seen.Contains(parameters.CanonicalJson))
            {
                return Suggestion.Try(parameters);
            }
        }

        return _random.Suggest(space, history)
            .AsFallback(FallbackReasons.Repeats(ranked.Count, "candidates of the acquisition search"));
    }

    private static bool IsRanked(Trial trial) =>
        trial.State == TrialState.Complete && double.IsFinite(trial.Value ?? double.NaN);
}
