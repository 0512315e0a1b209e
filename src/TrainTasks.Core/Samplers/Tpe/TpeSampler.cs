using TrainTasks.Core.Samplers.Sobol;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers.Tpe;

/// <summary>
/// The Tree-structured Parzen Estimator: splits the finished trials into a good and a bad group,
/// fits a density to each, and proposes the candidate drawn from the good density where the
/// good density is largest relative to the bad one.
/// </summary>
/// <remarks>
/// <para>
/// Bergstra, Bardenet, Bengio and Kégl, "Algorithms for Hyper-Parameter Optimization", NeurIPS
/// 2011, https://papers.nips.cc/paper/4443-algorithms-for-hyper-parameter-optimization. Ranking
/// candidates by log l(x) - log g(x) ranks them by expected improvement (section 4.1).
/// </para>
/// <para>
/// Where we differ or choose: the good group is ceil(0.15 n) of the n complete trials in
/// univariate mode and ceil(0.1 n) in multivariate mode, at most 25 (<see cref="TpeOptions.GoodShare"/>);
/// kernel widths follow <see cref="ParzenBandwidth"/>; the first <see cref="TpeOptions.StartupTrials"/>
/// complete trials come from <see cref="RandomSampler"/> with the same seed, so the start-up
/// equals random search (or, with <see cref="TpeOptions.SobolStartup"/>, from a
/// <see cref="SobolSampler"/> with the same seed); running trials count as bad (constant liar) so parallel workers
/// spread out; univariate mode picks each parameter's best candidate independently, as the
/// paper does, while multivariate mode ranks whole candidates under joint densities; grid
/// parameters are ranked at the grid value a candidate rounds to. A conditional space is
/// modelled by groups of parameters active together, each fitted to the trials in which it was
/// active (see <see cref="ConditionalTpeModel"/>).
/// </para>
/// <para>
/// Every draw comes from a stream keyed by the seed, the trial number, the parameter (or the
/// joint draw) and the attempt, so the same seed and history give the same suggestion. In a
/// finite space the joint density proposes its best-ranked candidate not seen in the history (in
/// any state); when every candidate was seen, or a per-parameter or conditional proposal was, it
/// draws again, up to <see cref="MaxRedraws"/> times; then the random sampler picks an unseen configuration, or
/// reports the space exhausted. A random draw after the start-up carries its reason in the
/// suggestion's origin, so the report can say how many trials the model did not choose.
/// </para>
/// </remarks>
public sealed class TpeSampler : ISampler
{
    /// <summary>How many times a candidate already in the history is drawn again.</summary>
    public const int MaxRedraws = 4;

    private readonly RandomSampler _random;
    private readonly ISampler _startup;
    private readonly TpePoints _points = new();

    /// <summary>Makes a TPE sampler.</summary>
    /// <param name="seed">Seed of every draw (spec field <c>seed</c>).</param>
    /// <param name="direction">Whether the objective is minimized or maximized (spec objective).</param>
    /// <param name="options">The TPE settings; null takes every default of <see cref="TpeOptions"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting of the options is out of range.</exception>
    public TpeSampler(int seed, OptimizationDirection direction, TpeOptions? options = null)
    {
        Options = options ?? new TpeOptions();
        Options.Validate();
        Seed = seed;
        Direction = direction;
        _random = new RandomSampler(seed);
        _startup = Options.SobolStartup ? new SobolSampler(seed, direction, new SobolOptions()) : _random;
    }

    /// <summary>The seed of every draw.</summary>
    public int Seed { get; }

    /// <summary>Whether lower or higher objective values are better.</summary>
    public OptimizationDirection Direction { get; }

    /// <summary>The TPE settings.</summary>
    public TpeOptions Options { get; }

    /// <inheritdoc />
    public string Name => "tpe";

    /// <inheritdoc />
    public Suggestion Suggest(SearchSpace space, IReadOnlyList<Trial> history)
    {
        // Only a finite space can run out of unseen configurations; in a continuous one a
        // repeat needs an exact tie of doubles, so the history is not indexed there.
        var seen = space.IsFinite
            ? history.Select(trial => space.Restrict(trial.Parameters).CanonicalJson).ToHashSet(StringComparer.Ordinal)
            : null;
        if (TpeSplit.RankedCount(history) < Options.StartupTrials)
        {
            return _startup.Suggest(space, history).AsStartup();
        }

        if (seen is not null && IsFullySeen(space, seen))
        {
            return _random.Suggest(space, history).AsFallback(FallbackReasons.EverySeen);
        }

        var propose = space.IsConditional ? ConditionalProposer(space, history) : Proposer(space, history);
        for (var attempt = 0; attempt <= MaxRedraws; attempt++)
        {
            foreach (var candidate in propose(attempt))
            {
                if (seen is null || !seen.Contains(candidate.CanonicalJson))
                {
                    return Suggestion.Try(candidate);
                }
            }
        }

        // In a finite space the random sampler picks one of the unseen configurations; a continuous
        // space repeats a configuration only by chance, which practically never happens five times.
        return _random.Suggest(space, history).AsFallback(FallbackReasons.Repeats(MaxRedraws + 1, "model proposals"));
    }

    /// <summary>The good and bad densities fitted to the history.</summary>
    internal TpeModel FitModel(SearchSpace space, IReadOnlyList<Trial> history)
    {
        var dimensions = space.Parameters.Select(TpeDimension.Of).ToList();
        var split = TpeSplit.Of(history, _points.Of(space, dimensions, history), Direction, Options);
        return new TpeModel(
            dimensions,
            new ParzenEstimator(dimensions, split.Good, Options),
            new ParzenEstimator(dimensions, split.Bad, Options));
    }

    /// <summary>The densities of a conditional space, each group fitted to the trials where it was active.</summary>
    internal ConditionalTpeModel FitConditionalModel(SearchSpace space, IReadOnlyList<Trial> history) =>
        ConditionalTpeModel.Fit(space, TpeTrialSplit.Of(space, history, Direction, Options), Options);

    // Each attempt gives its proposals best first: the joint density ranks all of its candidates,
    // so in a finite space the best one not yet tried is taken before anything is drawn again;
    // per-parameter and conditional proposals are one configuration per attempt.
    private Func<int, IEnumerable<TrialParameters>> Proposer(SearchSpace space, IReadOnlyList<Trial> history)
    {
        var model = FitModel(space, history);
        return attempt => Options.Multivariate
            ? RankJoint(model, history.Count, attempt).Select(point => ToParameters(model, point))
            : [ToParameters(model, ProposeEach(model, history.Count, attempt))];
    }

    private Func<int, IEnumerable<TrialParameters>> ConditionalProposer(
        SearchSpace space,
        IReadOnlyList<Trial> history)
    {
        var model = FitConditionalModel(space, history);
        var kind = Options.Multivariate ? "tpe-joint" : "tpe";
        return attempt =>
        [
            model.Propose(
                space,
                Options.Multivariate,
                Options.Candidates,
                key => Stream(history.Count, key, attempt, kind)),
        ];
    }

    private static bool IsFullySeen(SearchSpace space, HashSet<string> seen) =>
        space.Cardinality is { } cardinality && seen.Count >= cardinality;

    private static TrialParameters ToParameters(TpeModel model, double[] point) =>
        new(model.Dimensions.Select((dimension, index) =>
            new KeyValuePair<string, ParameterValue>(dimension.Parameter.Name, dimension.FromScale(point[index]))));

    private double[] ProposeEach(TpeModel model, int trialNumber, int attempt) =>
        model.Dimensions
            .Select((dimension, index) => BestOf(
                Stream(trialNumber, dimension.Parameter.Name, attempt),
                random => dimension.Snap(model.Good.SampleMarginal(index, random)),
                point => model.Good.MarginalLogDensity(index, point) - model.Bad.MarginalLogDensity(index, point)))
            .ToArray();

    // Every candidate with its score, highest first; equal scores keep their draw order, so the
    // first is the one BestOf would pick.
    private IEnumerable<double[]> RankJoint(TpeModel model, int trialNumber, int attempt)
    {
        var random = Stream(trialNumber, name: string.Empty, attempt, kind: "tpe-joint");
        var candidates = new (double[] Point, double Score)[Options.Candidates];
        for (var index = 0; index < candidates.Length; index++)
        {
            var point = Snap(model.Dimensions, model.Good.SampleJoint(random));
            candidates[index] = (point, model.Good.JointLogDensity(point) - model.Bad.JointLogDensity(point));
        }

        return candidates.OrderByDescending(candidate => candidate.Score).Select(candidate => candidate.Point);
    }

    private static double[] Snap(IReadOnlyList<TpeDimension> dimensions, double[] point) =>
        point.Select((value, index) => dimensions[index].Snap(value)).ToArray();

    // Ties keep the earliest candidate, so the choice does not depend on floating-point order.
    private T BestOf<T>(SeededRandom random, Func<SeededRandom, T> draw, Func<T, double> score)
    {
        var best = draw(random);
        var bestScore = score(best);
        for (var index = 1; index < Options.Candidates; index++)
        {
            var candidate = draw(random);
            var candidateScore = score(candidate);
            if (candidateScore > bestScore)
            {
                (best, bestScore) = (candidate, candidateScore);
            }
        }

        return best;
    }

    private SeededRandom Stream(int trialNumber, string name, int attempt, string kind = "tpe") =>
        new(StableHash.Of(kind, Seed, trialNumber, name, attempt));
}
