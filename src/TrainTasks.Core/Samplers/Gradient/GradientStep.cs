namespace TrainTasks.Core.Samplers.Gradient;

/// <summary>One finished trial on the gradient strategy's path, and the step that followed it.</summary>
/// <param name="TrialNumber">The trial's number in the study.</param>
/// <param name="Outcome">Whether its hypergradient was followed, or the step retried at half the rate.</param>
/// <param name="StepLength">
/// The length of the next step, in log units (Euclidean over the parameters), after clamping into the space.
/// </param>
/// <param name="RateScale">The share of the rate the next step used: 1, halved at each rejected trial.</param>
public sealed record GradientStep(int TrialNumber, GradientStepOutcome Outcome, double StepLength, double RateScale);
