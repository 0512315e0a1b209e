namespace TrainTasks.Core.Training;

/// <summary>
/// How the implicit method draws the training rows of its Hessian-vector products when it uses fewer
/// than all of them; spec <c>training.hypergradient.hessianSampling</c>.
/// </summary>
public enum HessianSampling
{
    /// <summary>
    /// Spec <c>"fixed"</c>: one seeded subset of <see cref="HypergradientSettings.HessianRows"/> rows for
    /// every product, so the series inverts the Hessian of that subset.
    /// </summary>
    Fixed,

    /// <summary>
    /// Spec <c>"perTerm"</c>: a new seeded minibatch of that many rows for each Neumann term, as in the
    /// stochastic series of Lorraine et al.; the power iteration that sets the scale keeps the first one.
    /// </summary>
    PerTerm,
}
