namespace TrainTasks.Core.Samplers.Tpe;

/// <summary>The densities of one suggestion: l(x) over the good trials and g(x) over the bad ones.</summary>
/// <param name="Dimensions">The search space's parameters in the estimators' scales, in space order.</param>
/// <param name="Good">The density l(x) fitted to the good trials.</param>
/// <param name="Bad">The density g(x) fitted to the bad and pending trials.</param>
internal sealed record TpeModel(IReadOnlyList<TpeDimension> Dimensions, ParzenEstimator Good, ParzenEstimator Bad);
