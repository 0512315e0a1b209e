using System.Globalization;
using System.IO.Compression;
using MathNet.Numerics.LinearAlgebra;

namespace TrainTasks.TestKit;

/// <summary>
/// Ridge regression solved in closed form, the known answer for tests of hypergradients and of
/// the gradient strategy. The training loss is <c>MSE + λ‖w‖²</c> over n training rows, no
/// intercept (features standardized, target centred), so the minimizer is
/// <c>w(λ) = (XᵀX + nλI)⁻¹ Xᵀy</c> and the validation loss is <c>V(λ) = ‖X_v w(λ) − y_v‖² / m</c>.
/// </summary>
public static class RidgeClosedForm
{
    /// <summary>The diabetes rows used for training; the other 142 of the 442 validate.</summary>
    public const int DiabetesTrainRows = 300;

    /// <summary>
    /// The diabetes data of <c>tests/data</c> (Efron et al., 2004): rows 0–299 train, rows 300–441
    /// validate. Features are standardized with the training rows' mean and population standard
    /// deviation, and the target is centred on the training rows' mean.
    /// </summary>
    public static RidgeProblem LoadDiabetes()
    {
        var features = ReadRows("diabetes_data_raw.csv.gz");
        var targets = ReadRows("diabetes_target.csv.gz").Select(row => row[0]).ToArray();
        var x = Matrix<double>.Build.DenseOfRowArrays(features);
        var y = Vector<double>.Build.DenseOfArray(targets);
        var train = x.SubMatrix(0, DiabetesTrainRows, 0, x.ColumnCount);
        for (var column = 0; column < x.ColumnCount; column++)
        {
            var values = train.Column(column);
            var mean = values.Average();
            var deviation = Math.Sqrt(values.Select(value => (value - mean) * (value - mean)).Average());
            x.SetColumn(column, x.Column(column).Subtract(mean).Divide(deviation));
        }

        var centred = y.Subtract(y.SubVector(0, DiabetesTrainRows).Average());
        var validationRows = x.RowCount - DiabetesTrainRows;
        return new RidgeProblem(
            x.SubMatrix(0, DiabetesTrainRows, 0, x.ColumnCount),
            centred.SubVector(0, DiabetesTrainRows),
            x.SubMatrix(DiabetesTrainRows, validationRows, 0, x.ColumnCount),
            centred.SubVector(DiabetesTrainRows, validationRows));
    }

    /// <summary>The minimizer of the training loss, <c>w(λ) = (XᵀX + nλI)⁻¹ Xᵀy</c>.</summary>
    /// <param name="problem">The data.</param>
    /// <param name="lambda">The L2 penalty λ, at least 0.</param>
    public static Vector<double> Weights(RidgeProblem problem, double lambda) =>
        System(problem, lambda).Solve(problem.TrainFeatures.TransposeThisAndMultiply(problem.TrainTargets));

    /// <summary>The minimizer <c>w(λ) = (XᵀX + nλI)⁻¹ Xᵀy</c> for any features and targets.</summary>
    /// <param name="features">Features X, n × d.</param>
    /// <param name="targets">Targets y.</param>
    /// <param name="lambda">The L2 penalty λ, at least 0.</param>
    public static Vector<double> Weights(Matrix<double> features, Vector<double> targets, double lambda) =>
        Weights(new RidgeProblem(features, targets, features, targets), lambda);

    /// <summary>The mean squared error <c>‖X w − y‖² / m</c> of any rows.</summary>
    public static double MeanSquaredError(Matrix<double> features, Vector<double> targets, Vector<double> weights)
    {
        var residual = features.Multiply(weights).Subtract(targets);
        return residual.DotProduct(residual) / features.RowCount;
    }

    /// <summary>The validation loss at λ, <c>‖X_v w(λ) − y_v‖² / m</c>.</summary>
    public static double ValidationMse(RidgeProblem problem, double lambda)
    {
        var residual = Residual(problem, Weights(problem, lambda));
        return residual.DotProduct(residual) / problem.ValidationTargets.Count;
    }

    /// <summary>
    /// dV/dλ, the hypergradient: <c>(2/m) rᵀ X_v dw/dλ</c> with <c>dw/dλ = −n (XᵀX + nλI)⁻¹ w</c>
    /// (differentiating <c>(XᵀX + nλI) w = Xᵀy</c>) and <c>r = X_v w − y_v</c>.
    /// </summary>
    public static double ValidationMseDerivative(RidgeProblem problem, double lambda)
    {
        var system = System(problem, lambda);
        var weights = system.Solve(problem.TrainFeatures.TransposeThisAndMultiply(problem.TrainTargets));
        var weightsDerivative = system.Solve(weights.Multiply(-problem.TrainRows));
        var residual = Residual(problem, weights);
        return 2.0 / problem.ValidationTargets.Count
            * residual.DotProduct(problem.ValidationFeatures.Multiply(weightsDerivative));
    }

    private static MathNet.Numerics.LinearAlgebra.Factorization.Cholesky<double> System(
        RidgeProblem problem,
        double lambda)
    {
        var gram = problem.TrainFeatures.TransposeThisAndMultiply(problem.TrainFeatures);
        var identity = Matrix<double>.Build.DenseIdentity(gram.RowCount);
        return gram.Add(identity.Multiply(problem.TrainRows * lambda)).Cholesky();
    }

    private static Vector<double> Residual(RidgeProblem problem, Vector<double> weights) =>
        problem.ValidationFeatures.Multiply(weights).Subtract(problem.ValidationTargets);

    private static double[][] ReadRows(string fileName)
    {
        using var file = File.OpenRead(Path.Combine(TestPaths.DataDirectory, fileName));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var rows = new List<double[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                rows.Add(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(field => double.Parse(field, CultureInfo.InvariantCulture))
                    .ToArray());
            }
        }

        return [.. rows];
    }
}
