namespace TrainTasks.Core.Samplers.Gp;

/// <summary>
/// Fits the kernel hyperparameters by maximizing the log marginal likelihood plus a log prior on the
/// length scales, by projected gradient ascent with backtracking in log-hyperparameter space, from
/// several starts.
/// </summary>
/// <remarks>
/// The gradient is analytic: <c>∂/∂θ_j log p(y) = ½ tr((α αᵀ − K⁻¹) ∂K/∂θ_j)</c> with
/// <c>α = K⁻¹ y</c> (Rasmussen and Williams, 2006, eq. 5.9). The prior on each length scale is
/// log-normal, <c>log ℓ ~ N(log 0.5, 1)</c> in unit-cube units: it keeps a dimension that the data
/// do not inform from running to the bounds, and the data outweigh it after a few observations.
/// The signal variance has a log-normal prior too, <c>log s ~ N(0, 1)</c>, matching standardized
/// targets: dense, nearly noise-free data pin down only a ridge along which the length scale and the
/// signal variance grow together (Stein, "Interpolation of Spatial Data", 1999, ch. 6), and this
/// prior picks the point of the ridge whose signal variance suits the targets' spread.
/// Snoek, Larochelle and Adams (2012) integrate the hyperparameters out by slice sampling; we use
/// the maximum a posteriori point instead, which is cheaper and deterministic.
/// Bounds: length scales in [0.01, 20], signal variance in [0.05, 20], noise variance in
/// [1e-6, 0.5] (the targets are standardized).
/// </remarks>
internal static class HyperparameterFit
{
    /// <summary>The mean of the log-normal prior on each length scale.</summary>
    public static readonly double PriorLogLengthScale = Math.Log(0.5);

    /// <summary>The standard deviation of the log-normal prior on each length scale.</summary>
    public const double PriorLogSpread = 1.0;

    /// <summary>Random starts scored, per ascent, before the best are ascended from.</summary>
    public const int ScreenedStartsPerAscent = 4;

    private const int MaxIterations = 25;
    private const int MaxHalvings = 8;

    // Differences in log likelihood below this do not change the suggestion in any visible way.
    private const double Tolerance = 1e-3;

    private static readonly (double Low, double High) s_lengthScaleBounds = (Math.Log(0.01), Math.Log(20));
    private static readonly (double Low, double High) s_signalBounds = (Math.Log(0.05), Math.Log(20));
    private static readonly (double Low, double High) s_noiseBounds =
        (Math.Log(KernelHyperparameters.MinNoiseVariance), Math.Log(0.5));

    /// <summary>
    /// The best hyperparameters found by ascending from <paramref name="starts"/> starts: the best of
    /// a default start and <see cref="ScreenedStartsPerAscent"/> random starts per ascent, scored by
    /// the objective alone.
    /// </summary>
    public static KernelHyperparameters Fit(
        IReadOnlyList<double[]> points,
        IReadOnlyList<double> targets,
        int dimensions,
        int starts,
        SeededRandom random)
    {
        var screened = Enumerable.Range(0, 1 + (starts * ScreenedStartsPerAscent))
            .Select(index => Start(dimensions, random, first: index == 0))
            .Select(start => (Start: start, Value: Evaluate(points, targets, start).Value))
            .OrderByDescending(pair => pair.Value)
            .Take(starts)
            .ToList();
        var best = screened[0].Start;
        var bestValue = double.NegativeInfinity;
        foreach (var (start, _) in screened)
        {
            var (found, value) = Ascend(points, targets, start);
            if (value > bestValue)
            {
                (best, bestValue) = (found, value);
            }
        }

        return KernelHyperparameters.FromLog(best);
    }

    /// <summary>The log posterior (marginal likelihood plus prior) and its gradient in log space.</summary>
    public static (double Value, double[] Gradient) Objective(
        IReadOnlyList<double[]> points,
        IReadOnlyList<double> targets,
        double[] logHyperparameters)
    {
        var (process, value) = Evaluate(points, targets, logHyperparameters);
        return (value, Gradient(points, process, logHyperparameters));
    }

    private static (GaussianProcess Process, double Value) Evaluate(
        IReadOnlyList<double[]> points,
        IReadOnlyList<double> targets,
        double[] logHyperparameters)
    {
        var process = new GaussianProcess(points, targets, KernelHyperparameters.FromLog(logHyperparameters));
        var value = process.LogMarginalLikelihood;
        var dimensions = logHyperparameters.Length - 2;
        for (var d = 0; d < dimensions; d++)
        {
            var offset = (logHyperparameters[d] - PriorLogLengthScale) / PriorLogSpread;
            value -= 0.5 * offset * offset;
        }

        value -= 0.5 * logHyperparameters[dimensions] * logHyperparameters[dimensions];
        return (process, value);
    }

    private static double[] Gradient(
        IReadOnlyList<double[]> points,
        GaussianProcess process,
        double[] logHyperparameters)
    {
        var gradient = LikelihoodGradient(points, process);
        var dimensions = logHyperparameters.Length - 2;
        for (var d = 0; d < dimensions; d++)
        {
            gradient[d] -= (logHyperparameters[d] - PriorLogLengthScale) / (PriorLogSpread * PriorLogSpread);
        }

        gradient[dimensions] -= logHyperparameters[dimensions];
        return gradient;
    }

    private static double[] Start(int dimensions, SeededRandom random, bool first)
    {
        var start = new double[dimensions + 2];
        for (var d = 0; d < dimensions; d++)
        {
            start[d] = first ? PriorLogLengthScale : Between(s_lengthScaleBounds, random);
        }

        start[dimensions] = first ? 0 : Between(s_signalBounds, random);
        start[dimensions + 1] = first ? Math.Log(1e-3) : Between(s_noiseBounds, random);
        return start;
    }

    private static double Between((double Low, double High) bounds, SeededRandom random) =>
        bounds.Low + (random.NextDouble() * (bounds.High - bounds.Low));

    private static (double[] Point, double Value) Ascend(
        IReadOnlyList<double[]> points,
        IReadOnlyList<double> targets,
        double[] start)
    {
        var current = Project(start);
        var (value, gradient) = Objective(points, targets, current);
        var stepSize = 0.1;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var accepted = TryStep(points, targets, current, value, gradient, ref stepSize);
            if (accepted is null)
            {
                break;
            }

            var improvement = accepted.Value.Value - value;
            (current, value, gradient) = accepted.Value;
            if (improvement < Tolerance)
            {
                break;
            }
        }

        return (current, value);
    }

    // Armijo backtracking on the projected step; the step size grows after a success so a
    // flat likelihood is crossed in few iterations.
    private static (double[] Point, double Value, double[] Gradient)? TryStep(
        IReadOnlyList<double[]> points,
        IReadOnlyList<double> targets,
        double[] current,
        double value,
        double[] gradient,
        ref double stepSize)
    {
        for (var halving = 0; halving <= MaxHalvings; halving++)
        {
            var size = stepSize;
            var candidate = Project([.. current.Select((x, j) => x + (size * gradient[j]))]);
            var ascent = candidate.Select((x, j) => (x - current[j]) * gradient[j]).Sum();
            if (ascent <= 0)
            {
                return null;
            }

            var (process, candidateValue) = Evaluate(points, targets, candidate);
            if (candidateValue >= value + (1e-4 * ascent))
            {
                stepSize *= 2;
                return (candidate, candidateValue, Gradient(points, process, candidate));
            }

            stepSize /= 2;
        }

        return null;
    }

    private static double[] Project(double[] logHyperparameters)
    {
        var dimensions = logHyperparameters.Length - 2;
        var projected = new double[logHyperparameters.Length];
        for (var d = 0; d < dimensions; d++)
        {
            projected[d] = Math.Clamp(logHyperparameters[d], s_lengthScaleBounds.Low, s_lengthScaleBounds.High);
        }

        projected[dimensions] = Math.Clamp(logHyperparameters[dimensions], s_signalBounds.Low, s_signalBounds.High);
        projected[dimensions + 1] =
            Math.Clamp(logHyperparameters[dimensions + 1], s_noiseBounds.Low, s_noiseBounds.High);
        return projected;
    }

    private static double[] LikelihoodGradient(IReadOnlyList<double[]> points, GaussianProcess process)
    {
        var count = points.Count;
        var hyperparameters = process.Hyperparameters;
        var dimensions = hyperparameters.LengthScales.Length;
        var inverse = Cholesky.Inverse(process.Factor, count);
        var weights = process.Weights;
        var gradient = new double[dimensions + 2];
        for (var i = 0; i < count; i++)
        {
            var diagonal = (weights[i] * weights[i]) - inverse[(i * count) + i];
            gradient[dimensions] += 0.5 * diagonal * hyperparameters.SignalVariance;
            gradient[dimensions + 1] += 0.5 * diagonal * hyperparameters.NoiseVariance;
            for (var j = 0; j < i; j++)
            {
                var residual = (weights[i] * weights[j]) - inverse[(i * count) + j];
                AddPair(points[i], points[j], residual, hyperparameters, gradient);
            }
        }

        return gradient;
    }

    // One off-diagonal pair counts twice in the trace, which cancels the ½.
    private static void AddPair(
        double[] x,
        double[] y,
        double residual,
        KernelHyperparameters hyperparameters,
        double[] gradient)
    {
        var dimensions = hyperparameters.LengthScales.Length;
        var r = Matern52Kernel.Distance(x, y, hyperparameters.LengthScales);
        gradient[dimensions] += residual * Matern52Kernel.OfDistance(r, hyperparameters.SignalVariance);
        var factor = residual * Matern52Kernel.LengthScaleGradientFactor(r, hyperparameters.SignalVariance);
        for (var d = 0; d < dimensions; d++)
        {
            var scaled = (x[d] - y[d]) / hyperparameters.LengthScales[d];
            gradient[d] += factor * scaled * scaled;
        }
    }
}
