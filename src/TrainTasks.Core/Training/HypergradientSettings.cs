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
public sealed record HypergradientSettings(
    HypergradientMethod Method = HypergradientMethod.Implicit,
    int NeumannTerms = 50,
    double? NeumannScale = null,
    int UnrolledSteps = 20)
{

    /// <summary>The defaults: implicit, 50 Neumann terms with an estimated scale, 20 unrolled steps.</summary>
    public static HypergradientSettings Default { get; } = new();
}
