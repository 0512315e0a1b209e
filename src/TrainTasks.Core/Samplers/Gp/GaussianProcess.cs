namespace TrainTasks.Core.Samplers.Gp;

/// <summary>
/// Gaussian-process regression with a zero prior mean and a Matérn 5/2 kernel: the posterior of the
/// latent function given observations, through one Cholesky factorization of the kernel matrix.
/// </summary>
/// <remarks>
/// Rasmussen and Williams, "Gaussian Processes for Machine Learning", 2006, algorithm 2.1,
/// https://gaussianprocess.org/gpml/. The targets are expected standardized (mean 0, sd 1).
/// </remarks>
internal sealed class GaussianProcess
{
    private readonly IReadOnlyList<double[]> _scaledPoints;
    private readonly double[] _factor;
    private readonly double[] _weights;

    /// <summary>Conditions the process on <paramref name="targets"/> observed at <paramref name="points"/>.</summary>
    public GaussianProcess(
        IReadOnlyList<double[]> points,
        IReadOnlyList<double> targets,
        KernelHyperparameters hyperparameters)
    {
        _scaledPoints = [.. points.Select(point => Matern52Kernel.Scale(point, hyperparameters.LengthScales))];
        Hyperparameters = hyperparameters;
        var count = points.Count;
        _factor = Cholesky.Factor(Matern52Kernel.ScaledMatrix(_scaledPoints, hyperparameters), count);
        _weights = Cholesky.SolveUpper(_factor, count, Cholesky.SolveLower(_factor, count, [.. targets]));
        LogMarginalLikelihood = ComputeLogMarginalLikelihood(targets);
    }

    /// <summary>The kernel hyperparameters.</summary>
    public KernelHyperparameters Hyperparameters { get; }

    /// <summary>
    /// <c>log p(y | X, θ) = −½ yᵀ K⁻¹ y − Σ log L_ii − (n/2) log 2π</c>.
    /// </summary>
    public double LogMarginalLikelihood { get; }

    /// <summary>The factor L of the kernel matrix, row-major.</summary>
    internal double[] Factor => _factor;

    /// <summary>The weights <c>K⁻¹ y</c>.</summary>
    internal double[] Weights => _weights;

    /// <summary>The posterior mean and variance of the latent function (without noise) at a point.</summary>
    public (double Mean, double Variance) Predict(double[] point)
    {
        var count = _scaledPoints.Count;
        var scaled = Matern52Kernel.Scale(point, Hyperparameters.LengthScales);
        var covariances = new double[count];
        for (var i = 0; i < count; i++)
        {
            var r = Math.Sqrt(DenseMath.SquaredDistance(scaled, _scaledPoints[i]));
            covariances[i] = Matern52Kernel.OfDistance(r, Hyperparameters.SignalVariance);
        }

        var mean = DenseMath.Dot(covariances, _weights);
        var solved = Cholesky.SolveLower(_factor, count, covariances);
        var explained = DenseMath.Dot(solved, solved);
        return (mean, Math.Max(Hyperparameters.SignalVariance - explained, 0));
    }

    private double ComputeLogMarginalLikelihood(IReadOnlyList<double> targets)
    {
        var count = targets.Count;
        var fit = 0.0;
        var logDeterminant = 0.0;
        for (var i = 0; i < count; i++)
        {
            fit += targets[i] * _weights[i];
            logDeterminant += Math.Log(_factor[(i * count) + i]);
        }

        return (-0.5 * fit) - logDeterminant - (0.5 * count * Math.Log(2 * Math.PI));
    }
}
