namespace TrainTasks.Core.Training;

/// <summary>How a trainer computes the gradient of the validation loss in a training hyperparameter.</summary>
public enum HypergradientMethod
{
    /// <summary>
    /// Spec <c>"implicit"</c>: the implicit function theorem at the trained weights, taken as an optimum
    /// of the training objective, with the inverse Hessian approximated by a Neumann series. Differentiates
    /// penalties (<c>l2</c>, <c>l2.k</c>), not the learning rate, which does not move an optimum.
    /// </summary>
    Implicit,

    /// <summary>
    /// Spec <c>"unrolled"</c>: reverse-mode differentiation through the last training steps, with the
    /// hyperparameters entering each update. Differentiates penalties and the learning rate.
    /// </summary>
    Unrolled,
}
