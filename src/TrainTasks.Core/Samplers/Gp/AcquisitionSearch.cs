namespace TrainTasks.Core.Samplers.Gp;

/// <summary>
/// Maximizes log expected improvement over the unit cube: scores pseudo-random and quasi-random
/// candidates, then refines the best few by coordinate search with a shrinking step. Every point is
/// snapped onto a configuration before it is scored, so integer and categorical coordinates are
/// scored where they will be evaluated.
/// </summary>
/// <remarks>
/// Snapping before scoring follows Garrido-Merchán and Hernández-Lobato, "Dealing with categorical
/// and integer-valued variables in Bayesian optimization with Gaussian processes", Neurocomputing,
/// 2020, https://arxiv.org/abs/1805.03463.
/// </remarks>
internal sealed class AcquisitionSearch
{
    private const int RefinementRounds = 4;
    private const double InitialStep = 0.1;

    private readonly GaussianProcess _process;
    private readonly SpaceEncoding _encoding;
    private readonly double _best;

    /// <summary>Searches the acquisition of <paramref name="process"/> below <paramref name="best"/>.</summary>
    public AcquisitionSearch(GaussianProcess process, SpaceEncoding encoding, double best)
    {
        _process = process;
        _encoding = encoding;
        _best = best;
    }

    /// <summary>Log expected improvement at a snapped point.</summary>
    public double Score(double[] point)
    {
        var (mean, variance) = _process.Predict(point);
        return LogExpectedImprovement.Of(mean, Math.Sqrt(variance), _best);
    }

    /// <summary>The scored points, best first: the refined candidates, then every other candidate.</summary>
    public List<(double[] Point, double Score)> Rank(GpSamplerOptions options, SeededRandom random)
    {
        var candidates = Candidates(options.CandidateCount, random)
            .Select(point => (Point: point, Score: Score(point)))
            .OrderByDescending(candidate => candidate.Score)
            .ToList();
        var refined = candidates.Take(options.RefinedCandidates).Select(candidate => Refine(candidate)).ToList();
        return [.. refined.Concat(candidates).OrderByDescending(candidate => candidate.Score)];
    }

    private List<double[]> Candidates(int count, SeededRandom random)
    {
        var pseudoRandomCount = (count + 1) / 2;
        var points = new List<double[]>(count);
        for (var index = 0; index < pseudoRandomCount; index++)
        {
            var point = new double[_encoding.Dimensions];
            for (var d = 0; d < point.Length; d++)
            {
                point[d] = random.NextDouble();
            }

            points.Add(point);
        }

        points.AddRange(HaltonSequence.Points(count - pseudoRandomCount, _encoding.Dimensions, random));
        points.ForEach(_encoding.Snap);
        return points;
    }

    private (double[] Point, double Score) Refine((double[] Point, double Score) start)
    {
        var (point, score) = ((double[])start.Point.Clone(), start.Score);
        var step = InitialStep;
        for (var round = 0; round < RefinementRounds; round++)
        {
            for (var d = 0; d < point.Length; d++)
            {
                (point, score) = TryBothWays(point, score, d, step);
            }

            step /= 2;
        }

        return (point, score);
    }

    private (double[] Point, double Score) TryBothWays(double[] point, double score, int dimension, double step)
    {
        foreach (var direction in (ReadOnlySpan<double>)[1, -1])
        {
            var moved = (double[])point.Clone();
            moved[dimension] = Math.Clamp(moved[dimension] + (direction * step), 0, 1);
            _encoding.Snap(moved);
            var movedScore = Score(moved);
            if (movedScore > score)
            {
                return (moved, movedScore);
            }
        }

        return (point, score);
    }
}
