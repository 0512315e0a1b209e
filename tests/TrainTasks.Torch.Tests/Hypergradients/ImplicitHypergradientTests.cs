using MathNet.Numerics.LinearAlgebra;
using TorchSharp;
using TorchSharp.Modules;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;
using TrainTasks.TestKit;
using TrainTasks.Torch.Hypergradients;
using TrainTasks.Torch.Models;
using TrainTasks.Torch.Native;
using TrainTasks.Torch.Training;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Tests.Hypergradients;

public sealed class ImplicitHypergradientTests
{
    private static readonly RidgeProblem s_split = RidgeClosedForm.LoadDiabetes();

    public ImplicitHypergradientTests() => TorchNativeLoader.EnsureLoaded();

    // The Hessian of the diabetes ridge objective has eigenvalues 2 (λ + e) for e from 0.0072 to 4.09
    // (and 2 for the bias), so the series, with α = 1 / the largest, shrinks its slowest error by
    // 1 − (λ + 0.0072) / 4.1 per term: small λ needs thousands of terms for a 1e-3 relative error.
    [Theory]
    [InlineData(1e-3, 12_000)]
    [InlineData(1e-1, 1_500)]
    [InlineData(1.0, 300)]
    [InlineData(10.0, 100)]
    public void Compute_AtTheRidgeSolution_MatchesTheClosedFormDerivative(double lambda, int terms)
    {
        var expected = RidgeClosedForm.ValidationMseDerivative(s_split, lambda);
        var weights = RidgeClosedForm.Weights(s_split.TrainFeatures, s_split.TrainTargets, lambda);

        var actual = ComputeAt(weights, lambda, new HypergradientSettings(NeumannTerms: terms));

        Assert.True(Math.Abs(actual - expected) < 1e-3 * Math.Abs(expected), $"{actual} against {expected}");
    }

    [Fact]
    public void Compute_FewNeumannTerms_IsFurtherFromTheClosedFormThanMany()
    {
        const double Lambda = 0.1;
        var expected = RidgeClosedForm.ValidationMseDerivative(s_split, Lambda);
        var weights = RidgeClosedForm.Weights(s_split.TrainFeatures, s_split.TrainTargets, Lambda);

        var errors = new[] { 10, 100, 1000 }
            .Select(terms => Math.Abs(ComputeAt(weights, Lambda, new HypergradientSettings(NeumannTerms: terms))
                - expected))
            .ToArray();

        Assert.True(errors[0] > errors[1] && errors[1] > errors[2], string.Join(", ", errors));
    }

    // The same computation either way; libtorch's float64 kernels were seen to differ in the last bit
    // or two from run to run here (about 3e-16 relative), so equality is up to 1e-12.
    [Theory]
    [InlineData(300)]
    [InlineData(100_000)]
    public void Compute_HessianRowsCoveringEveryRow_EqualsEveryRow(int rows)
    {
        const double Lambda = 0.1;
        var weights = RidgeClosedForm.Weights(s_split.TrainFeatures, s_split.TrainTargets, Lambda);
        var every = ComputeAt(weights, Lambda, new HypergradientSettings(NeumannTerms: 100, HessianRows: null));

        var covering = ComputeAt(weights, Lambda, new HypergradientSettings(NeumannTerms: 100, HessianRows: rows));

        Assert.Equal(every, covering, 1e-12 * Math.Abs(every));
    }

    // With a fixed subset S the series inverts the Hessian of the objective over S alone. On the
    // ridge that Hessian is known: 2 (Z_Sᵀ Z_S / |S| + λ diag(1, …, 1, 0)) with Z = [X, 1], the bias
    // unpenalized and no longer decoupled, since the subset's features are not centred.
    [Theory]
    [InlineData(100, 1)]
    [InlineData(100, 2)]
    [InlineData(30, 1)]
    public void Compute_FixedSubsetOfTheRidge_MatchesTheClosedFormOverTheSubset(int rows, int seed)
    {
        const double Lambda = 1.0;
        var weights = RidgeClosedForm.Weights(s_split.TrainFeatures, s_split.TrainTargets, Lambda);
        var settings = new HypergradientSettings(NeumannTerms: 600, HessianRows: rows);
        var expected = SubsetDerivative(weights, Lambda, SubsetRows(settings, seed));

        var actual = ComputeAt(weights, Lambda, settings, seed);

        var everyRow = RidgeClosedForm.ValidationMseDerivative(s_split, Lambda);
        Assert.True(Math.Abs(actual - expected) < 1e-3 * Math.Abs(expected), $"{actual} against {expected}");
        Assert.True(Math.Abs(expected - everyRow) > 1e-2 * Math.Abs(everyRow), $"{expected} against {everyRow}");
    }

    [Fact]
    public void HessianVectorProduct_OfTheRidgeObjective_IsTwiceTheRegularizedGramMatrixTimesTheVector()
    {
        const double Lambda = 0.5;
        var direction = Vector<double>.Build.Dense(10, index => index - 4.5);
        var rows = s_split.TrainFeatures.RowCount;
        var gram = s_split.TrainFeatures.TransposeThisAndMultiply(s_split.TrainFeatures) / rows;
        var expected = (gram + Matrix<double>.Build.DenseIdentity(10) * Lambda) * direction * 2;
        using var scope = NewDisposeScope();
        using var problem = Problem.Create(Vector<double>.Build.Dense(10), Lambda);
        Tensor[] vector = [tensor(direction.ToArray(), dtype: float64).reshape(1, 10), zeros(1, dtype: float64)];

        var product = problem.Method.HessianVectorProduct(vector);

        var actual = product[0].reshape(10).data<double>().ToArray();
        for (var index = 0; index < 10; index++)
        {
            Assert.Equal(expected[index], actual[index], 1e-9 * expected.AbsoluteMaximum());
        }

        Assert.Equal(0.0, product[1].ToDouble(), 1e-12);
    }

    private static double ComputeAt(
        Vector<double> weights, double lambda, HypergradientSettings settings, int seed = 1)
    {
        using var scope = NewDisposeScope();
        using var problem = Problem.Create(weights, lambda, seed);

        var values = problem.Method.Compute(problem.Validation, settings);

        return values["l2"];
    }

    // The training rows the subset of this seed holds, as the method draws them.
    private static int[] SubsetRows(HypergradientSettings settings, int seed)
    {
        using var scope = NewDisposeScope();
        var rows = s_split.TrainFeatures.RowCount;
        var train = new LossData(zeros(rows, 1), zeros(rows), Rows: null, Regression: true);
        var first = new HessianBatches(train, settings, seed).First;
        return first.Rows!.data<long>().Select(row => (int)row).ToArray();
    }

    // −vᵀ H_S⁻¹ ∂²L/∂θ∂λ at θ = (w, 0): v the validation gradient, 2 Z_Vᵀ r_V / m, and the mixed
    // derivative 2 (w, 0).
    private static double SubsetDerivative(Vector<double> weights, double lambda, int[] rows)
    {
        var columns = s_split.TrainFeatures.ColumnCount;
        var subset = WithOnes(Matrix<double>.Build.DenseOfRowVectors(rows.Select(s_split.TrainFeatures.Row)));
        var penalty = Matrix<double>.Build.DenseDiagonal(columns + 1, columns + 1, index => index < columns ? 1 : 0);
        var hessian = ((subset.TransposeThisAndMultiply(subset) / rows.Length) + (penalty * lambda)) * 2;
        var validation = WithOnes(s_split.ValidationFeatures);
        var residual = (s_split.ValidationFeatures * weights) - s_split.ValidationTargets;
        var v = validation.TransposeThisAndMultiply(residual) * (2.0 / validation.RowCount);
        var mixed = Vector<double>.Build.Dense(columns + 1, index => index < columns ? 2 * weights[index] : 0);
        return -v.DotProduct(hessian.Solve(mixed));
    }

    private static Matrix<double> WithOnes(Matrix<double> features) =>
        features.Append(Matrix<double>.Build.Dense(features.RowCount, 1, 1.0));

    // A linear model in float64 holding the given weights and a zero bias, over the standardized and
    // centred split (so no scaling layer and a target offset of 0).
    private sealed class Problem : IDisposable
    {
        private readonly Sequential _model;
        private readonly HyperparameterTensors _hyper;

        private Problem(
            Sequential model, HyperparameterTensors hyper, ImplicitHypergradient method, LossData validation)
        {
            _model = model;
            _hyper = hyper;
            Method = method;
            Validation = validation;
        }

        public ImplicitHypergradient Method { get; }

        public LossData Validation { get; }

        public static Problem Create(Vector<double> weights, double lambda, int seed = 1)
        {
            var options = TrainingOptions.From(TrialParameters.FromJson("{\"architecture\":\"linear\"}")) with
            {
                L2 = lambda,
            };
            var model = BuildInFloat64(options);
            var parameters = model.named_parameters().Select(pair => pair.parameter).ToArray();
            using (no_grad())
            {
                parameters[0].copy_(tensor(weights.ToArray(), dtype: float64).reshape(1, 10));
                parameters[1].zero_();
            }

            var hyper = new HyperparameterTensors(options, ["l2"], layerCount: 1, float64);
            var train = Rows(s_split.TrainFeatures, s_split.TrainTargets);
            var method = new ImplicitHypergradient(model, parameters, [0], hyper, weightDecay: 0, train, seed);
            return new Problem(model, hyper, method, Rows(s_split.ValidationFeatures, s_split.ValidationTargets));
        }

        // The model is made in float64 rather than converted: Module.to would replace the buffer of
        // the target offset behind the field that reads it.
        private static Sequential BuildInFloat64(TrainingOptions options)
        {
            var previous = get_default_dtype();
            set_default_dtype(float64);
            try
            {
                return (Sequential)ModelBuilder.Build(options.Model, [10], 0, statistics: null, targetMean: 0f);
            }
            finally
            {
                set_default_dtype(previous);
            }
        }

        public void Dispose()
        {
            _hyper.Dispose();
            _model.Dispose();
        }

        private static LossData Rows(Matrix<double> features, Vector<double> targets) =>
            new(
                tensor(features.ToRowMajorArray(), dtype: float64).reshape(features.RowCount, features.ColumnCount),
                tensor(targets.ToArray(), dtype: float64),
                Rows: null,
                Regression: true);
    }
}
