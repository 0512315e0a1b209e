namespace TrainTasks.Core.Samplers.Gp;

/// <summary>The hyperparameters of a Matérn 5/2 kernel with a noise term.</summary>
/// <param name="LengthScales">One length scale per input dimension (ARD), in unit-cube units.</param>
/// <param name="SignalVariance">The prior variance of the latent function.</param>
/// <param name="NoiseVariance">The observation noise variance added on the diagonal.</param>
internal sealed record KernelHyperparameters(double[] LengthScales, double SignalVariance, double NoiseVariance)
{
    /// <summary>The smallest noise variance; it also keeps the kernel matrix positive definite.</summary>
    public const double MinNoiseVariance = 1e-6;

    /// <summary>Reads hyperparameters from a log-space vector: log length scales, log signal, log noise.</summary>
    public static KernelHyperparameters FromLog(double[] logValues)
    {
        var dimensions = logValues.Length - 2;
        var lengthScales = new double[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            lengthScales[d] = Math.Exp(logValues[d]);
        }

        return new(lengthScales, Math.Exp(logValues[dimensions]), Math.Exp(logValues[dimensions + 1]));
    }

    /// <summary>The log-space vector: log length scales, then log signal variance, then log noise variance.</summary>
    public double[] ToLog() =>
        [.. LengthScales.Select(scale => Math.Log(scale)), Math.Log(SignalVariance), Math.Log(NoiseVariance)];
}
