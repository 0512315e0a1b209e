using MathNet.Numerics.LinearAlgebra;

namespace TrainTasks.TestKit;

/// <summary>A regression data set split for ridge regression: standardized features, centred targets.</summary>
/// <param name="TrainFeatures">Training features, standardized with the training rows' statistics.</param>
/// <param name="TrainTargets">Training targets minus <paramref name="TargetMean"/>.</param>
/// <param name="ValidationFeatures">Validation features, standardized with the training statistics.</param>
/// <param name="ValidationTargets">Validation targets minus <paramref name="TargetMean"/>.</param>
/// <param name="TargetMean">The training rows' mean target.</param>
public sealed record RidgeSplit(
    Matrix<double> TrainFeatures,
    Vector<double> TrainTargets,
    Matrix<double> ValidationFeatures,
    Vector<double> ValidationTargets,
    double TargetMean);
