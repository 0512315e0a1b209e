using TorchSharp.Modules;
using TrainTasks.Torch.Native;
using TrainTasks.Torch.Training.Hypergradient;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Tests.Training.Hypergradient;

public sealed class HypergradientDescentTests
{
    public HypergradientDescentTests() => TorchNativeLoader.EnsureLoaded();

    [Fact]
    public void Step_OneDimensionalQuadratic_RateFollowsTheClosedForm()
    {
        // f(w) = (w − 3)² / 2, so g = w − 3; SGD from w = 0 with α = 0.5 and β = 0.1.
        using var weight = Weight(0);
        using var descent = Sgd(weight, learningRate: 0.5, hypergradientRate: 0.1);

        var steps = Run(descent, weight, w => (w - 3).square().sum() / 2, count: 3);

        // Step 1: no previous direction, α stays 0.5: w = 0 − 0.5 (0 − 3) = 1.5.
        // Step 2: g = −1.5 points as u = g₁ = −3 did, cos = 1: α = 0.5 e^0.1, w = 1.5 + 1.5 α.
        // Step 3: g = w − 3 again agrees with u = g₂, cos = 1: α = 0.5 e^0.2.
        var rate2 = 0.5 * Math.Exp(0.1);
        var weight2 = 1.5 + (1.5 * rate2);
        var rate3 = 0.5 * Math.Exp(0.2);
        var weight3 = weight2 - (rate3 * (weight2 - 3));
        AssertClose([0.5, rate2, rate3], steps.Select(step => step.Rate));
        AssertClose([1.5, weight2, weight3], steps.Select(step => step.Weights[0]));
    }

    [Fact]
    public void Step_OvershootingQuadratic_LowersTheRate()
    {
        using var weight = Weight(0);
        using var descent = Sgd(weight, learningRate: 1.5, hypergradientRate: 0.1);

        var steps = Run(descent, weight, w => (w - 3).square().sum() / 2, count: 3);

        // Step 1: w = 0 + 1.5 · 3 = 4.5 overshoots 3. Step 2: g = 1.5 opposes u = −3, cos = −1:
        // α = 1.5 e^−0.1. Step 3: g = w − 3 < 0 opposes u = g₂ = 1.5: α = 1.5 e^−0.2.
        var rate2 = 1.5 * Math.Exp(-0.1);
        var weight2 = 4.5 - (rate2 * 1.5);
        var rate3 = 1.5 * Math.Exp(-0.2);
        AssertClose([1.5, rate2, rate3], steps.Select(step => step.Rate));
        AssertClose([4.5, weight2, weight2 - (rate3 * (weight2 - 3))], steps.Select(step => step.Weights[0]));
    }

    [Fact]
    public void Step_TwoDimensionalQuadratic_RateMovesByTheCosineOfTheGradients()
    {
        // f(w) = (w₁² + 10 w₂²) / 2, so g = (w₁, 10 w₂); SGD from (1, 1) with α = 0.05, β = 0.5.
        using var weight = Weight(1, 1);
        using var descent = Sgd(weight, learningRate: 0.05, hypergradientRate: 0.5);

        var steps = Run(descent, weight, Ellipse, count: 2);

        // Step 1: g₁ = (1, 10), w₁ = (0.95, 0.5). Step 2: g₂ = (0.95, 5).
        var cosine = ((0.95 * 1) + (5 * 10)) / (Math.Sqrt((0.95 * 0.95) + (5 * 5)) * Math.Sqrt(1 + 100));
        var rate2 = 0.05 * Math.Exp(0.5 * cosine);
        AssertClose([0.05, rate2], steps.Select(step => step.Rate));
        AssertClose([0.95 - (rate2 * 0.95), 0.5 - (rate2 * 5)], steps[1].Weights);
    }

    [Fact]
    public void Step_Momentum_UsesTheBufferAsThePreviousDirection()
    {
        // Same ellipse, SGD with momentum μ = 0.5: u₁ = g₁, u₂ = μ u₁ + g₂; the third rate takes
        // cos(g₃, u₂), not cos(g₃, g₂).
        using var weight = Weight(1, 1);
        using var descent = new HypergradientDescent(
            [weight], new SgdDirection(2, momentum: 0.5), 0.05, 0.5, _ => 1);

        var steps = Run(descent, weight, Ellipse, count: 3);

        double[] g1 = [1, 10];
        double[] w1 = [1 - (0.05 * 1), 1 - (0.05 * 10)];
        double[] g2 = [w1[0], 10 * w1[1]];
        var rate2 = 0.05 * Math.Exp(0.5 * Cosine(g2, g1));
        double[] u2 = [(0.5 * g1[0]) + g2[0], (0.5 * g1[1]) + g2[1]];
        double[] w2 = [w1[0] - (rate2 * u2[0]), w1[1] - (rate2 * u2[1])];
        double[] g3 = [w2[0], 10 * w2[1]];
        var rate3 = rate2 * Math.Exp(0.5 * Cosine(g3, u2));
        AssertClose([0.05, rate2, rate3], steps.Select(step => step.Rate));
        AssertClose(w2, steps[1].Weights);
    }

    [Fact]
    public void Step_HugeHypergradientRate_KeepsTheRateWithinItsBounds()
    {
        using var weight = Weight(0);
        using var descent = Sgd(weight, learningRate: 0.5, hypergradientRate: 1e6);

        var steps = Run(descent, weight, w => (w - 3).square().sum() / 2, count: 12);

        Assert.All(steps, step => Assert.InRange(
            step.Rate, HypergradientDescent.MinimumRate, HypergradientDescent.MaximumRate));
        Assert.Contains(steps, step => step.Rate == HypergradientDescent.MaximumRate);
        Assert.Contains(steps, step => Math.Abs(step.Rate - HypergradientDescent.MinimumRate) < 1e-20);
        Assert.All(steps, step => Assert.True(double.IsFinite(step.Weights[0])));
    }

    [Fact]
    public void Step_RateOutsideTheBounds_StartsAtTheBound()
    {
        using var weight = Weight(0);
        using var descent = Sgd(weight, learningRate: 50, hypergradientRate: 0);

        Assert.Equal(HypergradientDescent.MaximumRate, descent.LearningRate);
    }

    [Fact]
    public void Constructor_RuleOfAnotherSize_Throws()
    {
        using var weight = Weight(0, 0);
        using var rule = new SgdDirection(3, momentum: 0);

        var exception = Assert.Throws<ArgumentException>(
            () => new HypergradientDescent([weight], rule, 0.1, 0, _ => 1));

        Assert.Equal("rule", exception.ParamName);
    }

    [Fact]
    public void EndEpoch_CosineFactor_ScalesTheStepAndTheRecordedRates()
    {
        using var weight = Weight(0);
        using var descent = new HypergradientDescent([weight], new SgdDirection(1, 0), 0.5, 0.1, _ => 0.25);
        descent.BeginEpoch(2);

        var steps = Run(descent, weight, w => (w - 3).square().sum() / 2, count: 2);
        var metrics = descent.EndEpoch();

        // The factor scales u, not its direction: the rate still adapts by cos = 1.
        var weight1 = 0 + (0.25 * 0.5 * 3);
        var rate2 = 0.5 * Math.Exp(0.1);
        AssertClose([weight1, weight1 - (0.25 * rate2 * (weight1 - 3))], steps.Select(step => step.Weights[0]));
        Assert.Equal(0.25 * rate2, metrics[HypergradientDescent.LearningRateMetric], 1e-7);
        Assert.Equal(0.25 * (0.5 + rate2) / 2, metrics[HypergradientDescent.MeanLearningRateMetric], 1e-7);
        Assert.Empty(descent.EndEpoch());
    }

    [Theory]
    [InlineData("sgd", 0.9)]
    [InlineData("adam", 0.0)]
    [InlineData("adagrad", 0.0)]
    public void Step_ManySteps_LeavesNoTensorBehind(string optimizer, double momentum)
    {
        using var weight = Weight(1, 2, 3);
        using var descent = new HypergradientDescent(
            [weight], UpdateDirection.Create(optimizer, 3, momentum), 0.01, 0.02, _ => 0.5);
        Run(descent, weight, Ellipse, count: 3);
        descent.EndEpoch();
        var live = TorchSharp.DisposeScopeManager.Statistics.ThreadTotalLiveCount;

        Run(descent, weight, Ellipse, count: 40);
        descent.EndEpoch();

        Assert.Equal(live, TorchSharp.DisposeScopeManager.Statistics.ThreadTotalLiveCount);
    }

    private static Parameter Weight(params float[] values) => new(tensor(values));

    private static HypergradientDescent Sgd(Parameter weight, double learningRate, double hypergradientRate) =>
        new([weight], new SgdDirection(weight.numel(), momentum: 0), learningRate, hypergradientRate, _ => 1);

    private static Tensor Ellipse(Tensor w) => ((w[0].square() + (w[1].square() * 10)) / 2).sum();

    private static List<(double Rate, double[] Weights)> Run(
        HypergradientDescent descent, Parameter weight, Func<Tensor, Tensor> loss, int count)
    {
        var steps = new List<(double, double[])>();
        for (var step = 0; step < count; step++)
        {
            using var scope = NewDisposeScope();
            descent.ZeroGrad();
            loss(weight).backward();
            descent.Step();
            steps.Add((descent.LearningRate, weight.data<float>().Select(value => (double)value).ToArray()));
        }

        return steps;
    }

    private static double Cosine(double[] a, double[] b) =>
        ((a[0] * b[0]) + (a[1] * b[1]))
        / (Math.Sqrt((a[0] * a[0]) + (a[1] * a[1])) * Math.Sqrt((b[0] * b[0]) + (b[1] * b[1])));

    private static void AssertClose(IEnumerable<double> expected, IEnumerable<double> actual)
    {
        var (left, right) = (expected.ToArray(), actual.ToArray());
        Assert.Equal(left.Length, right.Length);
        for (var index = 0; index < left.Length; index++)
        {
            Assert.True(
                Math.Abs(left[index] - right[index]) <= 1e-5 * Math.Max(1, Math.Abs(left[index])),
                $"item {index}: expected {left[index]}, got {right[index]}");
        }
    }
}
