using MathNet.Numerics.LinearAlgebra;

namespace TrainTasks.TestKit;

/// <summary>A linear regression task split into training and validation rows.</summary>
/// <param name="TrainFeatures">Training rows, one per row of the matrix.</param>
/// <param name="TrainTargets">Training targets.</param>
/// <param name="ValidationFeatures">Validation rows.</param>
/// <param name="ValidationTargets">Validation targets.</param>
public sealed record RidgeProblem(
    Matrix<double> TrainFeatures,
    Vector<double> TrainTargets,
    Matrix<double> ValidationFeatures,
    Vector<double> ValidationTargets)
{
    /// <summary>The number of training rows, n in <see cref="RidgeClosedForm.Weights"/>.</summary>
    public int TrainRows => TrainFeatures.RowCount;
}
