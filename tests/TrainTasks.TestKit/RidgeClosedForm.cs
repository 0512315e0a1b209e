using System.Globalization;
using System.IO.Compression;
using MathNet.Numerics.LinearAlgebra;

namespace TrainTasks.TestKit;

/// <summary>
/// Ridge regression in closed form, the known answer for tests of the L2 penalty and its
/// hypergradients. The objective is <c>(1/n) ‖X w − y‖² + λ ‖w‖²</c> on standardized features and a
/// centred target, whose minimizer is <c>w(λ) = (XᵀX + nλI)⁻¹ Xᵀy</c> (no intercept: with centred
/// data the optimal intercept is 0).
/// </summary>
public static class RidgeClosedForm
{
    /// <summary>Rows of the diabetes data that train; the remaining 142 validate.</summary>
    public const int DiabetesTrainRows = 300;

    /// <summary>The minimizer <c>w(λ) = (XᵀX + nλI)⁻¹ Xᵀy</c>.</summary>
    /// <param name="features">Training features X, n × d (standardized).</param>
    /// <param name="targets">Training targets y (centred).</param>
    /// <param name="lambda">The penalty λ, 0 or more.</param>
    public static Vector<double> Weights(Matrix<double> features, Vector<double> targets, double lambda)
    {
        var rows = features.RowCount;
        var system = features.TransposeThisAndMultiply(features)
            + Matrix<double>.Build.DenseIdentity(features.ColumnCount) * (rows * lambda);
        return system.Cholesky().Solve(features.TransposeThisAndMultiply(targets));
    }

    /// <summary>The mean squared error <c>(1/m) ‖X w − y‖²</c>.</summary>
    public static double MeanSquaredError(Matrix<double> features, Vector<double> targets, Vector<double> weights)
    {
        var residual = (features * weights) - targets;
        return residual.DotProduct(residual) / features.RowCount;
    }

    /// <summary>The validation mean squared error of <c>w(λ)</c>.</summary>
    public static double ValidationError(RidgeSplit split, double lambda) =>
        MeanSquaredError(split.ValidationFeatures, split.ValidationTargets, Weights(split.TrainFeatures,
            split.TrainTargets, lambda));

    /// <summary>
    /// The exact derivative in λ of the validation mean squared error of <c>w(λ)</c>:
    /// <c>(2/m) (X_V w − y_V)ᵀ X_V dw/dλ</c> with <c>dw/dλ = −(XᵀX + nλI)⁻¹ n w</c>.
    /// </summary>
    public static double ValidationErrorDerivative(RidgeSplit split, double lambda)
    {
        var features = split.TrainFeatures;
        var rows = features.RowCount;
        var system = features.TransposeThisAndMultiply(features)
            + Matrix<double>.Build.DenseIdentity(features.ColumnCount) * (rows * lambda);
        var weights = Weights(features, split.TrainTargets, lambda);
        var slope = -system.Cholesky().Solve(weights * rows);
        var residual = (split.ValidationFeatures * weights) - split.ValidationTargets;
        return 2.0 / split.ValidationFeatures.RowCount * residual.DotProduct(split.ValidationFeatures * slope);
    }

    /// <summary>
    /// The diabetes data of tests/data (442 rows, 10 features): the first 300 rows train and the last
    /// 142 validate; features standardized with the training rows' mean and population deviation, and
    /// targets centred on the training rows' mean, as the trainer does.
    /// </summary>
    public static RidgeSplit LoadDiabetes()
    {
        var features = ReadRows(Path.Combine(TestPaths.DataDirectory, "diabetes_data_raw.csv.gz"));
        var targets = ReadRows(Path.Combine(TestPaths.DataDirectory, "diabetes_target.csv.gz"))
            .Select(row => row[0]).ToArray();
        var x = Matrix<double>.Build.DenseOfRowArrays(features);
        var train = x.SubMatrix(0, DiabetesTrainRows, 0, x.ColumnCount);
        var mean = train.ColumnSums() / DiabetesTrainRows;
        var deviation = Vector<double>.Build.Dense(x.ColumnCount, column =>
            Math.Sqrt(train.Column(column).Select(value => Math.Pow(value - mean[column], 2)).Average()));
        var scaled = Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount, (row, column) =>
            (x[row, column] - mean[column]) / deviation[column]);
        var targetMean = targets.Take(DiabetesTrainRows).Average();
        var centred = Vector<double>.Build.DenseOfEnumerable(targets.Select(value => value - targetMean));
        var validationRows = x.RowCount - DiabetesTrainRows;
        return new RidgeSplit(
            scaled.SubMatrix(0, DiabetesTrainRows, 0, x.ColumnCount),
            centred.SubVector(0, DiabetesTrainRows),
            scaled.SubMatrix(DiabetesTrainRows, validationRows, 0, x.ColumnCount),
            centred.SubVector(DiabetesTrainRows, validationRows),
            targetMean);
    }

    private static double[][] ReadRows(string path)
    {
        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(input);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(field => double.Parse(field, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
    }
}
