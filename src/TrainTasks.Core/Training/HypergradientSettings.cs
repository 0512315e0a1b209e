namespace TrainTasks.Core.Training;

/// <summary>
/// How hypergradients are computed; spec <c>training.hypergradient</c>. Used only when a
/// <see cref="TrainingRequest"/> asks for hypergradients.
/// </summary>
/// <param name="Method">Spec <c>method</c>: <c>implicit</c> (the default) or <c>unrolled</c>.</param>
/// <param name="NeumannTerms">
/// Spec <c>neumannTerms</c> (implicit only): terms of the Neumann series for the inverse-Hessian-vector
/// product, each one Hessian-vector product over the training rows; default 50, from 1 to 100,000.
/// </param>
/// <param name="NeumannScale">
/// Spec <c>neumannScale</c> (implicit only): the scale α of the series
/// <c>H⁻¹v ≈ α Σⱼ (I − αH)ʲ v</c>, above 0; the series converges when α is below 2 over the largest
/// Hessian eigenvalue. Null (the default): α = 1 / that eigenvalue, estimated by power iteration.
/// </param>
/// <param name="UnrolledSteps">
/// Spec <c>unrolledSteps</c> (unrolled only): K, the number of final training steps differentiated
/// through; default 20, from 1 to 100,000; a run with fewer steps is differentiated through all of them.
/// </param>
/// <param name="HessianRows">
/// Spec <c>hessianRows</c> (implicit only): how many training rows each Hessian-vector product (and the
/// power iteration) evaluates the training objective on, from 1 to 100,000,000; null (spec <c>"all"</c>)
/// for every training row. Default <see cref="DefaultHessianRows"/>. A count at or above the number of
/// training rows uses them all, exactly as <c>"all"</c> does.
/// </param>
/// <param name="HessianSampling">
/// Spec <c>hessianSampling</c> (implicit only): one fixed seeded subset for every product (the default),
/// or a new minibatch per Neumann term.
/// </param>
public sealed record HypergradientSettings(
    HypergradientMethod Method = HypergradientMethod.Implicit,
    int NeumannTerms = 50,
    double? NeumannScale = null,
    int UnrolledSteps = 20,
    int? HessianRows = HypergradientSettings.DefaultHessianRows,
    HessianSampling HessianSampling = HessianSampling.Fixed)
{
    /// <summary>
    /// The default of <see cref="HessianRows"/>: with it, the implicit hypergradient of the Fashion-MNIST
    /// MLP costs about one training epoch (see docs/hypergradients.md for the measurements).
    /// </summary>
    public const int DefaultHessianRows = 1024;

    /// <summary>The defaults: implicit, 50 Neumann terms with an estimated scale, 20 unrolled steps.</summary>
    public static HypergradientSettings Default { get; } = new();
}
