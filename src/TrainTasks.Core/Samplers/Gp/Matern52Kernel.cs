namespace TrainTasks.Core.Samplers.Gp;

/// <summary>
/// The Matérn 5/2 covariance with one length scale per dimension:
/// <c>k(r) = s (1 + √5 r + 5 r² / 3) exp(−√5 r)</c>, with
/// <c>r² = Σ_d (x_d − y_d)² / ℓ_d²</c> and <c>s</c> the signal variance.
/// </summary>
/// <remarks>
/// Rasmussen and Williams, "Gaussian Processes for Machine Learning", 2006, eq. 4.17,
/// https://gaussianprocess.org/gpml/; the ARD form follows Snoek, Larochelle and Adams, 2012.
/// </remarks>
internal static class Matern52Kernel
{
    /// <summary>√5.</summary>
    public static readonly double Sqrt5 = Math.Sqrt(5);

    /// <summary>The covariance at scaled distance <paramref name="r"/>.</summary>
    /// <param name="r">The scaled distance.</param>
    /// <param name="signal">The signal variance.</param>
    public static double OfDistance(double r, double signal) =>
        signal * (1 + (Sqrt5 * r) + (5 * r * r / 3)) * Math.Exp(-Sqrt5 * r);

    /// <summary>The scaled distance between two points.</summary>
    public static double Distance(double[] x, double[] y, double[] lengthScales)
    {
        var sum = 0.0;
        for (var d = 0; d < x.Length; d++)
        {
            var scaled = (x[d] - y[d]) / lengthScales[d];
            sum += scaled * scaled;
        }

        return Math.Sqrt(sum);
    }

    /// <summary>The covariance of two points, without noise.</summary>
    public static double Value(double[] x, double[] y, KernelHyperparameters hyperparameters) =>
        OfDistance(Distance(x, y, hyperparameters.LengthScales), hyperparameters.SignalVariance);

    /// <summary>The point with each coordinate divided by its length scale.</summary>
    public static double[] Scale(double[] point, double[] lengthScales)
    {
        var scaled = new double[point.Length];
        for (var d = 0; d < point.Length; d++)
        {
            scaled[d] = point[d] / lengthScales[d];
        }

        return scaled;
    }

    /// <summary>The n×n kernel matrix of the points, row-major, with the noise variance on the diagonal.</summary>
    public static double[] Matrix(IReadOnlyList<double[]> points, KernelHyperparameters hyperparameters) =>
        ScaledMatrix([.. points.Select(point => Scale(point, hyperparameters.LengthScales))], hyperparameters);

    /// <summary>The kernel matrix of points already divided by their length scales.</summary>
    public static double[] ScaledMatrix(IReadOnlyList<double[]> points, KernelHyperparameters hyperparameters)
    {
        var count = points.Count;
        var matrix = new double[count * count];
        for (var i = 0; i < count; i++)
        {
            matrix[(i * count) + i] = hyperparameters.SignalVariance + hyperparameters.NoiseVariance;
            for (var j = 0; j < i; j++)
            {
                var r = Math.Sqrt(DenseMath.SquaredDistance(points[i], points[j]));
                var value = OfDistance(r, hyperparameters.SignalVariance);
                matrix[(i * count) + j] = value;
                matrix[(j * count) + i] = value;
            }
        }

        return matrix;
    }

    /// <summary>
    /// <c>∂k/∂log ℓ_d</c> divided by <c>(x_d − y_d)² / ℓ_d²</c>: the factor shared by every dimension,
    /// <c>s (5/3)(1 + √5 r) exp(−√5 r)</c>.
    /// </summary>
    public static double LengthScaleGradientFactor(double r, double signal) =>
        signal * (5.0 / 3.0) * (1 + (Sqrt5 * r)) * Math.Exp(-Sqrt5 * r);
}
