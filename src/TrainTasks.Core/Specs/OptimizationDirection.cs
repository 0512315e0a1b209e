namespace TrainTasks.Core.Specs;

/// <summary>Which way the objective improves.</summary>
public enum OptimizationDirection
{
    /// <summary>Smaller is better (losses, errors).</summary>
    Minimize,

    /// <summary>Larger is better (accuracies).</summary>
    Maximize,
}
