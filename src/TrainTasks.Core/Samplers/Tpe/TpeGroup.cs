namespace TrainTasks.Core.Samplers.Tpe;

/// <summary>
/// Parameters of a conditional space that are active together, with the good and bad densities
/// fitted to the trials in which they were active.
/// </summary>
/// <param name="Key">
/// Names the group in the random streams: the parameter's name (univariate), empty for the
/// parameters without a condition, or the condition (multivariate).
/// </param>
/// <param name="Dimensions">The group's parameters in the estimators' scales, in declared order.</param>
/// <param name="Good">The density l(x) over the good trials in which the group was active.</param>
/// <param name="Bad">The density g(x) over the bad and pending trials in which the group was active.</param>
internal sealed record TpeGroup(
    string Key,
    IReadOnlyList<TpeDimension> Dimensions,
    ParzenEstimator Good,
    ParzenEstimator Bad);
