namespace TrainTasks.Core.Samplers.Gradient;

/// <summary>What the gradient strategy made of one trial of the path.</summary>
public enum GradientStepOutcome
{
    /// <summary>Complete, no worse than the last accepted point: its hypergradient gave the next step.</summary>
    Accepted,

    /// <summary>Complete but worse than the last accepted point: the step was retried at half the rate.</summary>
    Worse,

    /// <summary>
    /// Failed, pruned, or without a finite hypergradient: the step was retried at half the rate from
    /// the last accepted point.
    /// </summary>
    Failed,
}
