using System.Globalization;
using System.IO.Compression;
using System.Numerics;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Benchmarks.Samplers;

/// <summary>
/// A real tuning task that costs milliseconds: multinomial logistic regression on the 8x8 digits
/// (tests/data/digits.csv.gz), trained by full-batch gradient descent from zero weights, scored by
/// the validation log loss. Tuned over the learning rate (log, 0.01 to 30), the L2 penalty (log,
/// 1e-6 to 0.1) and the number of steps (5 to 50).
/// </summary>
/// <remarks>
/// <para>
/// Everything is fixed, so the value is a deterministic function of the three parameters: pixels
/// divided by 16; rows whose index is 4 modulo 5 are the validation set (359 rows); the first 600
/// other rows the training set. Each step computes the softmax of x W' + b for every training row,
/// the mean cross-entropy gradient plus <c>l2 * W</c> (the bias is not penalized), and moves W and b
/// against it by the learning rate. The value is the mean of log-sum-exp(z) - z_label over the
/// validation rows. build/bench/digits_logreg_bench.py computes the same function with numpy, and
/// its check mode compares the two on the values recorded here.
/// </para>
/// <para>
/// A large learning rate with a large penalty makes the weights grow by a factor each step; within
/// these bounds they stay finite (at most about 2^50), so the loss is large but never infinite.
/// </para>
/// </remarks>
internal sealed class DigitsLogisticRegression
{
    /// <summary>The digits, 0 to 9.</summary>
    public const int Classes = 10;

    /// <summary>Pixels per image.</summary>
    public const int Features = 64;

    /// <summary>The number of training rows used.</summary>
    public const int TrainRows = 600;

    private readonly double[] _trainX;
    private readonly int[] _trainY;
    private readonly double[] _validationX;
    private readonly int[] _validationY;

    private DigitsLogisticRegression(double[] trainX, int[] trainY, double[] validationX, int[] validationY)
    {
        (_trainX, _trainY, _validationX, _validationY) = (trainX, trainY, validationX, validationY);
    }

    /// <summary>The search space: learningRate, l2 and steps.</summary>
    public static SearchSpace Space { get; } = new([
        new FloatParameter("learningRate", 0.01, 30, Log: true),
        new FloatParameter("l2", 1e-6, 0.1, Log: true),
        new IntParameter("steps", 5, 50),
    ]);

    /// <summary>Reads the digits table (64 pixel values 0 to 16 and the digit, per line, gzip).</summary>
    public static DigitsLogisticRegression Load(string path)
    {
        var rows = ReadRows(path);
        var validation = rows.Where((_, index) => index % 5 == 4).ToList();
        var train = rows.Where((_, index) => index % 5 != 4).Take(TrainRows).ToList();
        return new DigitsLogisticRegression(
            train.SelectMany(row => row.Pixels).ToArray(),
            train.Select(row => row.Label).ToArray(),
            validation.SelectMany(row => row.Pixels).ToArray(),
            validation.Select(row => row.Label).ToArray());
    }

    /// <summary>The problem as the benchmark runs it; its minimum is not known.</summary>
    public BenchmarkProblem Problem() => new(
        "digits_logreg",
        Space,
        parameters => ValidationLogLoss(
            parameters["learningRate"].AsDouble(),
            parameters["l2"].AsDouble(),
            (int)parameters["steps"].AsInt64()),
        GlobalMinimum: null);

    /// <summary>The validation log loss after <paramref name="steps"/> gradient steps.</summary>
    public double ValidationLogLoss(double learningRate, double l2, int steps)
    {
        var weights = new double[Classes * Features];
        var biases = new double[Classes];
        var weightGradient = new double[Classes * Features];
        var biasGradient = new double[Classes];
        var logits = new double[Classes];
        for (var step = 0; step < steps; step++)
        {
            Array.Clear(weightGradient);
            Array.Clear(biasGradient);
            for (var row = 0; row < _trainY.Length; row++)
            {
                var x = _trainX.AsSpan(row * Features, Features);
                Logits(weights, biases, x, logits);
                Softmax(logits);
                logits[_trainY[row]] -= 1;
                for (var k = 0; k < Classes; k++)
                {
                    AddScaled(weightGradient.AsSpan(k * Features, Features), x, logits[k]);
                    biasGradient[k] += logits[k];
                }
            }

            Descend(weights, biases, weightGradient, biasGradient, learningRate, l2);
        }

        return MeanLogLoss(weights, biases);
    }

    /// <summary>The parameters of a few fixed points of the space, for the cross-check with numpy.</summary>
    public static IReadOnlyList<TrialParameters> CheckPoints { get; } =
    [
        Point(0.01, 1e-6, 5),
        Point(1.0, 1e-3, 20),
        Point(10.0, 1e-3, 50),
        Point(30.0, 0.1, 50),
        Point(3.7, 2.5e-5, 33),
    ];

    private void Descend(
        double[] weights,
        double[] biases,
        double[] weightGradient,
        double[] biasGradient,
        double learningRate,
        double l2)
    {
        var count = _trainY.Length;
        for (var index = 0; index < weights.Length; index++)
        {
            weights[index] -= learningRate * ((weightGradient[index] / count) + (l2 * weights[index]));
        }

        for (var k = 0; k < Classes; k++)
        {
            biases[k] -= learningRate * (biasGradient[k] / count);
        }
    }

    private double MeanLogLoss(double[] weights, double[] biases)
    {
        var logits = new double[Classes];
        var total = 0.0;
        for (var row = 0; row < _validationY.Length; row++)
        {
            Logits(weights, biases, _validationX.AsSpan(row * Features, Features), logits);
            var max = logits.Max();
            var sum = logits.Sum(logit => Math.Exp(logit - max));
            total += max + Math.Log(sum) - logits[_validationY[row]];
        }

        return total / _validationY.Length;
    }

    private static void Logits(double[] weights, double[] biases, ReadOnlySpan<double> x, double[] logits)
    {
        for (var k = 0; k < Classes; k++)
        {
            logits[k] = biases[k] + Dot(weights.AsSpan(k * Features, Features), x);
        }
    }

    private static void Softmax(double[] logits)
    {
        var max = logits.Max();
        var sum = 0.0;
        for (var k = 0; k < Classes; k++)
        {
            logits[k] = Math.Exp(logits[k] - max);
            sum += logits[k];
        }

        for (var k = 0; k < Classes; k++)
        {
            logits[k] /= sum;
        }
    }

    private static double Dot(ReadOnlySpan<double> left, ReadOnlySpan<double> right)
    {
        var sums = Vector<double>.Zero;
        var index = 0;
        for (; index <= left.Length - Vector<double>.Count; index += Vector<double>.Count)
        {
            sums += new Vector<double>(left[index..]) * new Vector<double>(right[index..]);
        }

        var total = Vector.Sum(sums);
        for (; index < left.Length; index++)
        {
            total += left[index] * right[index];
        }

        return total;
    }

    private static void AddScaled(Span<double> target, ReadOnlySpan<double> x, double scale)
    {
        var factor = new Vector<double>(scale);
        var index = 0;
        for (; index <= target.Length - Vector<double>.Count; index += Vector<double>.Count)
        {
            (new Vector<double>(target[index..]) + (factor * new Vector<double>(x[index..]))).CopyTo(target[index..]);
        }

        for (; index < target.Length; index++)
        {
            target[index] += scale * x[index];
        }
    }

    private static TrialParameters Point(double learningRate, double l2, long steps) => new([
        new("learningRate", ParameterValue.FromDouble(learningRate)),
        new("l2", ParameterValue.FromDouble(l2)),
        new("steps", ParameterValue.FromInt64(steps)),
    ]);

    private static List<(double[] Pixels, int Label)> ReadRows(string path)
    {
        using var file = File.OpenRead(path);
        using var reader = new StreamReader(new GZipStream(file, CompressionMode.Decompress));
        var rows = new List<(double[] Pixels, int Label)>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var fields = line.Split(',');
            var pixels = fields.Take(Features).Select(field => double.Parse(field, CultureInfo.InvariantCulture) / 16);
            rows.Add((pixels.ToArray(), int.Parse(fields[Features], CultureInfo.InvariantCulture)));
        }

        return rows;
    }
}
