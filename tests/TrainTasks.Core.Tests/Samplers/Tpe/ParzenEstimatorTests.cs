using TrainTasks.Core.Samplers;
using TrainTasks.Core.Samplers.Tpe;
using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Tests.Samplers.Tpe;

public sealed class ParzenEstimatorTests
{
    private static readonly TpeDimension s_unit = TpeDimension.Of(new FloatParameter("x", 0, 1));

    private static readonly TpeDimension s_colour = TpeDimension.Of(new CategoricalParameter(
        "colour",
        [ParameterValue.FromString("red"), ParameterValue.FromString("green"), ParameterValue.FromString("blue")]));

    [Fact]
    public void MarginalLogDensity_ObservationsInside_IntegratesToOne()
    {
        var estimator = Fit([s_unit], [[0.3], [0.35], [0.7]]);

        var integral = Integrate(x => Math.Exp(estimator.MarginalLogDensity(0, x)), 0, 1);

        Assert.Equal(1.0, integral, 6);
    }

    [Fact]
    public void MarginalLogDensity_ObservationsAtTheBounds_TruncationKeepsTheMassAtOne()
    {
        var estimator = Fit([s_unit], [[0.0], [0.0], [1.0], [0.02]]);

        var integral = Integrate(x => Math.Exp(estimator.MarginalLogDensity(0, x)), 0, 1);

        Assert.Equal(1.0, integral, 6);
    }

    [Fact]
    public void MarginalLogDensity_OutsideTheBounds_IsZero()
    {
        var estimator = Fit([s_unit], [[0.5]]);

        var logDensity = estimator.MarginalLogDensity(0, 1.5);

        Assert.Equal(double.NegativeInfinity, logDensity);
    }

    [Fact]
    public void MarginalLogDensity_NoObservations_IsThePriorTruncatedNormal()
    {
        var estimator = Fit([s_unit], []);

        var density = Math.Exp(estimator.MarginalLogDensity(0, 0.5));

        // Prior: mean 0.5, width 1 on [0, 1]; at its mean phi(0) / (Phi(0.5) - Phi(-0.5)).
        var expected = (1 / Math.Sqrt(2 * Math.PI)) / (2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, 0.5) - 1);
        Assert.Equal(expected, density, 12);
    }

    [Fact]
    public void MarginalLogDensity_LogParameter_IntegratesToOneInLogSpace()
    {
        var dimension = TpeDimension.Of(new FloatParameter("learningRate", 1e-5, 1e-1, Log: true));
        var observations = new[] { 1e-4, 3e-4, 2e-2 }
            .Select(value => new[] { dimension.ToScale(ParameterValue.FromDouble(value)) })
            .ToArray();
        var estimator = Fit([dimension], observations);

        var integral = Integrate(x => Math.Exp(estimator.MarginalLogDensity(0, x)), dimension.Low, dimension.High);

        Assert.Equal(1.0, integral, 6);
    }

    [Fact]
    public void MarginalLogDensity_LogParameter_IsSymmetricInLogSpaceAroundACentredObservation()
    {
        var dimension = TpeDimension.Of(new FloatParameter("learningRate", 1e-4, 1e-2, Log: true));
        var estimator = Fit([dimension], [[dimension.ToScale(ParameterValue.FromDouble(1e-3))]]);

        var below = estimator.MarginalLogDensity(0, dimension.ToScale(ParameterValue.FromDouble(1e-3 / 5)));
        var above = estimator.MarginalLogDensity(0, dimension.ToScale(ParameterValue.FromDouble(1e-3 * 5)));

        // 1e-3 / 5 and 1e-3 * 5 are equally far from 1e-3 in log space only; in linear space the
        // second is twenty times farther.
        Assert.Equal(below, above, 9);
    }

    [Theory]
    [InlineData(1.0, 0, 3.0 / 6)]
    [InlineData(1.0, 1, 1.0 / 6)]
    [InlineData(1.0, 2, 2.0 / 6)]
    [InlineData(0.5, 0, 2.5 / 4.5)]
    [InlineData(0.5, 1, 0.5 / 4.5)]
    public void ChoiceProbability_Counts_EqualsSmoothedCount(double priorWeight, int choice, double expected)
    {
        var estimator = new ParzenEstimator([s_colour], [[0], [0], [2]], new TpeOptions(PriorWeight: priorWeight));

        var probability = estimator.ChoiceProbability(0, choice);

        // (count + w) / (n + k w) with counts 2, 0, 1, n = 3 and k = 3.
        Assert.Equal(expected, probability, 12);
        Assert.Equal(Math.Log(expected), estimator.MarginalLogDensity(0, choice), 12);
    }

    [Fact]
    public void JointLogDensity_NumericAndCategorical_IntegratesToOne()
    {
        var estimator = Fit([s_unit, s_colour], [[0.2, 0], [0.9, 2], [0.25, 0]]);

        var total = Enumerable.Range(0, 3)
            .Sum(choice => Integrate(x => Math.Exp(estimator.JointLogDensity([x, choice])), 0, 1));

        Assert.Equal(1.0, total, 6);
    }

    [Fact]
    public void JointLogDensity_CorrelatedObservations_FavoursTheObservedPairing()
    {
        var estimator = Fit([s_unit, s_unit], [[0.1, 0.1], [0.9, 0.9]]);

        var observedPairing = estimator.JointLogDensity([0.1, 0.1]);
        var crossedPairing = estimator.JointLogDensity([0.1, 0.9]);

        // Independent densities would rate both points the same; product kernels keep the pairing.
        Assert.True(observedPairing > crossedPairing, $"{observedPairing} vs {crossedPairing}");
    }

    [Fact]
    public void SampleMarginal_ManyDraws_StayInsideTheBounds()
    {
        var estimator = Fit([s_unit], [[0.0], [1.0]]);
        var random = new SeededRandom(5);

        var draws = Enumerable.Range(0, 2000).Select(_ => estimator.SampleMarginal(0, random)).ToList();

        Assert.All(draws, draw => Assert.InRange(draw, 0.0, 1.0));
    }

    [Fact]
    public void SampleMarginal_ManyDraws_MeanMatchesTheDensity()
    {
        var estimator = Fit([s_unit], [[0.2], [0.25], [0.8]]);
        var random = new SeededRandom(11);

        var mean = Enumerable.Range(0, 20_000).Average(_ => estimator.SampleMarginal(0, random));

        // The density's own mean by quadrature; 20 000 draws of a variable on [0, 1] have a standard
        // error below 0.0025, so 0.01 is four of them.
        var expected = Integrate(x => x * Math.Exp(estimator.MarginalLogDensity(0, x)), 0, 1);
        Assert.Equal(expected, mean, 0.01);
    }

    [Fact]
    public void MarginalLogDensity_ManyObservations_EqualsTheSumOverEveryKernel()
    {
        var dimension = TpeDimension.Of(new FloatParameter("x", -10, 10));
        var random = new Random(4);
        var observations = Enumerable.Range(0, 700)
            .Select(_ => new[] { Math.Round(random.NextDouble() * 8, 2) - 4 })
            .ToArray();
        var estimator = Fit([dimension], observations);
        var widths = ParzenBandwidth.NeighbourDistance(observations.Select(point => point[0]).ToArray(), -10, 10);
        var weights = ParzenEstimator.ObservationWeights(observations.Length);

        foreach (var x in Enumerable.Range(0, 201).Select(step => -10 + (step * 0.1)))
        {
            var terms = observations
                .Select((point, index) => Math.Log(weights[index])
                    + TruncatedNormal.LogDensity(x, point[0], widths[index], -10, 10))
                .Append(TruncatedNormal.LogDensity(x, 0, 20, -10, 10))
                .ToArray();

            // Bit for bit: the fast evaluation must give what adding every term in order gives.
            Assert.Equal(NaiveLogSumExp(terms) - Math.Log(weights.Sum() + 1), estimator.MarginalLogDensity(0, x));
        }
    }

    [Fact]
    public void JointLogDensity_ManyObservations_EqualsTheSumOverEveryProductKernel()
    {
        TpeDimension[] dimensions = [s_unit, s_colour, TpeDimension.Of(new FloatParameter("y", -1, 3))];
        var random = new Random(9);
        var observations = Enumerable.Range(0, 90)
            .Select(_ => new[] { random.NextDouble(), random.Next(3), -1 + (4 * random.NextDouble()) })
            .ToArray();
        var estimator = Fit(dimensions, observations);
        var widths = new[] { 0, 2 }.ToDictionary(
            dimension => dimension,
            dimension => ParzenBandwidth.NeighbourDistance(
                observations.Select(point => point[dimension]).ToArray(),
                dimensions[dimension].Low,
                dimensions[dimension].High));
        var weights = ParzenEstimator.ObservationWeights(observations.Length);

        for (var index = 0; index < 200; index++)
        {
            double[] x = [random.NextDouble(), random.Next(3), -1 + (4 * random.NextDouble())];
            var terms = observations.Select((point, component) => Math.Log(weights[component])
                + (0.0
                    + TruncatedNormal.LogDensity(x[0], point[0], widths[0][component], 0, 1)
                    + Math.Log(((point[1] == x[1] ? 1 : 0) + 1.0) / 4)
                    + TruncatedNormal.LogDensity(x[2], point[2], widths[2][component], -1, 3)))
                .Append(0.0 + TruncatedNormal.LogDensity(x[0], 0.5, 1, 0, 1) - Math.Log(3)
                    + TruncatedNormal.LogDensity(x[2], 1, 4, -1, 3))
                .ToArray();

            Assert.Equal(NaiveLogSumExp(terms) - Math.Log(weights.Sum() + 1), estimator.JointLogDensity(x));
        }
    }

    private static double NaiveLogSumExp(double[] terms)
    {
        var max = terms.Max();
        var sum = 0.0;
        foreach (var term in terms)
        {
            sum += Math.Exp(term - max);
        }

        return max + Math.Log(sum);
    }

    private static ParzenEstimator Fit(TpeDimension[] dimensions, double[][] observations) =>
        new(dimensions, observations, new TpeOptions());

    // Composite Simpson's rule; the densities are smooth inside the bounds.
    private static double Integrate(Func<double, double> function, double low, double high)
    {
        const int intervals = 4000;
        var width = (high - low) / intervals;
        var sum = function(low) + function(high);
        for (var index = 1; index < intervals; index++)
        {
            sum += function(low + (index * width)) * (index % 2 == 1 ? 4 : 2);
        }

        return sum * width / 3;
    }
}
