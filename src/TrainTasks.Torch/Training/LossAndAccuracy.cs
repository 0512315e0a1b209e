namespace TrainTasks.Torch.Training;

/// <summary>Mean data loss and share of correct predictions over some rows.</summary>
/// <param name="Loss">Mean cross-entropy per row; for regression the mean squared error.</param>
/// <param name="Accuracy">Share of rows whose most likely class is the label, in [0, 1]; NaN for
/// regression.</param>
public readonly record struct LossAndAccuracy(double Loss, double Accuracy);
