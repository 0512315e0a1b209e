namespace TrainTasks.Core.Samplers.Gradient;

/// <summary>
/// Adam's state after some steps: the decaying averages of the gradients and of their squares.
/// Immutable, so the state after any trial of a replayed history can be kept.
/// </summary>
/// <remarks>
/// Kingma and Ba (2015), "Adam: A Method for Stochastic Optimization", ICLR,
/// https://arxiv.org/abs/1412.6980, Algorithm 1, with its bias correction.
/// </remarks>
internal sealed class AdamMoments
{
    private readonly double[] _first;
    private readonly double[] _second;

    private AdamMoments(double[] first, double[] second, int steps)
    {
        _first = first;
        _second = second;
        Steps = steps;
    }

    /// <summary>How many gradients the moments hold.</summary>
    public int Steps { get; }

    /// <summary>The state before any step, over <paramref name="dimensions"/> coordinates.</summary>
    public static AdamMoments Empty(int dimensions) => new(new double[dimensions], new double[dimensions], 0);

    /// <summary>The state after one more gradient.</summary>
    public AdamMoments Update(IReadOnlyList<double> gradient, GradientOptions options)
    {
        var first = new double[_first.Length];
        var second = new double[_second.Length];
        for (var i = 0; i < first.Length; i++)
        {
            first[i] = (options.Beta1 * _first[i]) + ((1 - options.Beta1) * gradient[i]);
            second[i] = (options.Beta2 * _second[i]) + ((1 - options.Beta2) * gradient[i] * gradient[i]);
        }

        return new AdamMoments(first, second, Steps + 1);
    }

    /// <summary>
    /// The bias-corrected direction <c>m̂ / (√v̂ + ε)</c>; zero before the first step. A step is
    /// this times the rate, downhill.
    /// </summary>
    public double[] Direction(GradientOptions options)
    {
        var direction = new double[_first.Length];
        if (Steps == 0)
        {
            return direction;
        }

        var firstCorrection = 1 - Math.Pow(options.Beta1, Steps);
        var secondCorrection = 1 - Math.Pow(options.Beta2, Steps);
        for (var i = 0; i < direction.Length; i++)
        {
            var mean = _first[i] / firstCorrection;
            var meanSquare = _second[i] / secondCorrection;
            direction[i] = mean / (Math.Sqrt(meanSquare) + options.Epsilon);
        }

        return direction;
    }

    /// <summary>
    /// The root-mean-square norm of the gradients so far, <c>√Σ v̂ᵢ</c>; zero before the first step.
    /// </summary>
    public double RootMeanSquareNorm(GradientOptions options)
    {
        if (Steps == 0)
        {
            return 0;
        }

        var correction = 1 - Math.Pow(options.Beta2, Steps);
        return Math.Sqrt(_second.Sum() / correction);
    }
}
