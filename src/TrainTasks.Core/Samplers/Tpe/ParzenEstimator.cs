using System.Numerics;

namespace TrainTasks.Core.Samplers.Tpe;

/// <summary>
/// A Parzen-window density over the dimensions of a search space, fitted to one group of
/// observations (good or bad), with a prior component so it is positive everywhere.
/// </summary>
/// <remarks>
/// Bergstra et al. 2011 (see <see cref="TpeSampler"/>). Numeric kernels are normal densities
/// truncated to the dimension's bounds, centred on each observation with widths from
/// <see cref="ParzenBandwidth"/>; the prior is a normal centred on the interval with the whole
/// range as its width, weighted as <see cref="TpeOptions.PriorWeight"/> observations.
/// Per dimension (univariate), a categorical density is the smoothed count
/// (count + w) / (n + k w) with prior weight w and k choices. Jointly (multivariate), each
/// observation is one component whose kernel is the product of its dimensions' kernels; a
/// categorical kernel there is the smoothed count of that single observation,
/// (own + w) / (1 + k w), and the prior component is the product of the priors.
/// Observations are given in trial order; when there are more than 25, the older ones weigh
/// less (from 1/n rising linearly to 1, the newest 25 at 1), so the density follows where the
/// search has moved; as in later versions of the method (Bergstra, Yamins and Cox, 2013).
/// </remarks>
internal sealed class ParzenEstimator
{
    private const int FullWeightObservations = 25;

    // Math.Exp of anything below this is 0 in double precision (the smallest subnormal is about
    // exp(-744.4)), so a term this far below the largest adds exactly nothing to a log-sum-exp.
    private const double UnderflowLogRatio = -750;

    // exp(-37) is below 2^-53, half the spacing of doubles between 1 and 2, so once a sum of
    // exponentials holds the largest term's 1, adding such a term leaves the sum's bits unchanged.
    private const double RoundedAwayLogRatio = -37;

    private readonly IReadOnlyList<TpeDimension> _dimensions;
    private readonly IReadOnlyList<double[]> _observations;
    private readonly ParzenKernels?[] _kernels;
    private readonly double[][] _choiceCounts;
    private readonly double[][] _jointChoiceLogs;
    private readonly double[] _priorLogMasses;
    private readonly double[] _weights;
    private readonly double[] _logWeights;
    private readonly double _totalWeight;
    private readonly double _priorWeight;
    private readonly double _clipFactor;
    private readonly double _logPriorWeight;
    private readonly double _logTotalWeight;
    private readonly double[] _terms;
    private readonly double[] _sums;

    /// <summary>Fits the density to observations given in each dimension's own scale.</summary>
    /// <param name="dimensions">The dimensions, in the order of each observation's coordinates.</param>
    /// <param name="observations">The observations, in trial order.</param>
    /// <param name="options">
    /// The settings that shape the density: <see cref="TpeOptions.PriorWeight"/> and
    /// <see cref="TpeOptions.ClipScale"/>.
    /// </param>
    public ParzenEstimator(
        IReadOnlyList<TpeDimension> dimensions,
        IReadOnlyList<double[]> observations,
        TpeOptions options)
    {
        _dimensions = dimensions;
        _observations = observations;
        _priorWeight = options.PriorWeight;
        _clipFactor = options.ClipScale;
        _weights = ObservationWeights(observations.Count);
        _logWeights = Array.ConvertAll(_weights, Math.Log);
        _totalWeight = _weights.Sum();
        _logPriorWeight = Math.Log(_priorWeight);
        _logTotalWeight = Math.Log(_totalWeight + _priorWeight);
        _kernels = new ParzenKernels?[dimensions.Count];
        _choiceCounts = new double[dimensions.Count][];
        _jointChoiceLogs = new double[dimensions.Count][];
        _priorLogMasses = new double[dimensions.Count];
        for (var index = 0; index < dimensions.Count; index++)
        {
            FitDimension(index);
        }

        _terms = new double[observations.Count + 1];
        _sums = new double[observations.Count];
    }

    /// <summary>The number of observations the density was fitted to.</summary>
    public int Count => _observations.Count;

    /// <summary>The log density of one dimension on its own, at a point of its own scale.</summary>
    /// <remarks>Not thread-safe: evaluations share one buffer of the estimator.</remarks>
    public double MarginalLogDensity(int dimension, double point)
    {
        if (_dimensions[dimension].IsCategorical)
        {
            return Math.Log(ChoiceProbability(dimension, (int)Math.Round(point)));
        }

        var terms = _terms.AsSpan();
        if (_kernels[dimension] is { } kernels)
        {
            kernels.LogDensities(point, _logWeights, terms);
        }
        else
        {
            _logWeights.CopyTo(terms);
        }

        terms[Count] = _logPriorWeight + PriorKernel(dimension, point);
        return LogSumExp(terms) - _logTotalWeight;
    }

    /// <summary>The smoothed share of <paramref name="choice"/> in a categorical dimension.</summary>
    public double ChoiceProbability(int dimension, int choice)
    {
        var choices = _dimensions[dimension].ChoiceCount;
        return (_choiceCounts[dimension][choice] + _priorWeight) / (_totalWeight + (choices * _priorWeight));
    }

    /// <summary>The joint log density at a point given in every dimension's own scale.</summary>
    /// <remarks>Not thread-safe: evaluations share buffers of the estimator.</remarks>
    public double JointLogDensity(double[] point)
    {
        var sums = _sums.AsSpan();
        sums.Clear();
        var priorSum = 0.0;
        for (var dimension = 0; dimension < _dimensions.Count; dimension++)
        {
            AddJointKernels(dimension, point[dimension], sums);
            priorSum += PriorKernel(dimension, point[dimension]);
        }

        var terms = _terms.AsSpan();
        for (var index = 0; index < Count; index++)
        {
            terms[index] = _logWeights[index] + sums[index];
        }

        terms[Count] = _logPriorWeight + priorSum;
        return LogSumExp(terms) - _logTotalWeight;
    }

    /// <summary>A draw of one dimension from its own density.</summary>
    public double SampleMarginal(int dimension, SeededRandom random)
    {
        if (_dimensions[dimension].IsCategorical)
        {
            return SampleChoice(dimension, random);
        }

        return SampleComponent(dimension, PickComponent(random), random);
    }

    /// <summary>A draw of every dimension from the joint density.</summary>
    public double[] SampleJoint(SeededRandom random)
    {
        var component = PickComponent(random);
        return Enumerable.Range(0, _dimensions.Count)
            .Select(dimension => _dimensions[dimension].IsCategorical
                ? SampleJointChoice(dimension, component, random)
                : SampleComponent(dimension, component, random))
            .ToArray();
    }

    // Components 0 to Count - 1 are the observations, Count is the prior.
    private int PickComponent(SeededRandom random)
    {
        var draw = random.NextDouble() * (_totalWeight + _priorWeight);
        for (var component = 0; component < Count; component++)
        {
            draw -= _weights[component];
            if (draw < 0)
            {
                return component;
            }
        }

        return Count;
    }

    private double SampleComponent(int dimension, int component, SeededRandom random)
    {
        var definition = _dimensions[dimension];
        if (_kernels[dimension] is not { } kernels)
        {
            return definition.Low;
        }

        var (mean, width) = component == Count
            ? (definition.Low + (definition.Range / 2), definition.Range)
            : (kernels.Mean(component), kernels.Width(component));
        return TruncatedNormal.Sample(mean, width, definition.Low, definition.High, random);
    }

    private double SampleChoice(int dimension, SeededRandom random)
    {
        var choices = _dimensions[dimension].ChoiceCount;
        var draw = random.NextDouble();
        for (var choice = 0; choice < choices - 1; choice++)
        {
            draw -= ChoiceProbability(dimension, choice);
            if (draw < 0)
            {
                return choice;
            }
        }

        return choices - 1;
    }

    private double SampleJointChoice(int dimension, int component, SeededRandom random)
    {
        var choices = _dimensions[dimension].ChoiceCount;
        if (component == Count)
        {
            return random.NextInt64(choices);
        }

        // The kernel (own + w) / (1 + k w) is the mixture of the own choice with weight
        // 1 / (1 + k w) and a uniform choice with weight k w / (1 + k w).
        var own = _observations[component][dimension];
        var draw = random.NextDouble() * (1 + (choices * _priorWeight));
        return draw < 1 ? own : random.NextInt64(choices);
    }

    private void FitDimension(int dimension)
    {
        var definition = _dimensions[dimension];
        if (definition.IsCategorical)
        {
            _choiceCounts[dimension] = CountChoices(_observations, _weights, dimension, definition.ChoiceCount);
            var denominator = 1 + (definition.ChoiceCount * _priorWeight);
            _jointChoiceLogs[dimension] =
                [Math.Log(_priorWeight / denominator), Math.Log((1 + _priorWeight) / denominator)];
            return;
        }

        // A float parameter whose bounds are equal has one value; any density there is a point mass.
        if (definition.Range <= 0)
        {
            return;
        }

        var means = new double[Count];
        for (var index = 0; index < Count; index++)
        {
            means[index] = _observations[index][dimension];
        }

        _kernels[dimension] = new ParzenKernels(means, definition.Low, definition.High, _clipFactor);
        _priorLogMasses[dimension] = TruncatedNormal.LogMass(
            definition.Low + (definition.Range / 2),
            definition.Range,
            definition.Low,
            definition.High);
    }

    // The categorical kernel of one observation in the joint density is its smoothed count,
    // (own + w) / (1 + k w), where own is 1 at the observation's choice and 0 elsewhere.
    private void AddJointKernels(int dimension, double point, Span<double> sums)
    {
        if (_kernels[dimension] is { } kernels)
        {
            kernels.AddLogDensities(point, sums);
            return;
        }

        if (!_dimensions[dimension].IsCategorical)
        {
            return;
        }

        var choice = (int)Math.Round(point);
        var logs = _jointChoiceLogs[dimension];
        for (var index = 0; index < Count; index++)
        {
            sums[index] += (int)_observations[index][dimension] == choice ? logs[1] : logs[0];
        }
    }

    private double PriorKernel(int dimension, double point)
    {
        var definition = _dimensions[dimension];
        if (definition.IsCategorical)
        {
            return -Math.Log(definition.ChoiceCount);
        }

        // A float parameter whose bounds are equal has one value; any density there is a point mass.
        if (definition.Range <= 0)
        {
            return 0;
        }

        return TruncatedNormal.LogDensity(
            point,
            definition.Low + (definition.Range / 2),
            definition.Range,
            definition.Low,
            definition.High,
            _priorLogMasses[dimension]);
    }

    private static double[] CountChoices(
        IReadOnlyList<double[]> observations,
        double[] weights,
        int dimension,
        int choiceCount)
    {
        var counts = new double[choiceCount];
        for (var index = 0; index < observations.Count; index++)
        {
            counts[(int)observations[index][dimension]] += weights[index];
        }

        return counts;
    }

    /// <summary>
    /// Weights of <paramref name="count"/> observations in trial order: the newest 25 weigh 1;
    /// older ones rise linearly from 1/count for the oldest.
    /// </summary>
    internal static double[] ObservationWeights(int count)
    {
        var weights = Enumerable.Repeat(1.0, count).ToArray();
        var ramp = count - FullWeightObservations;
        for (var index = 0; index < ramp; index++)
        {
            weights[index] = ramp == 1 ? 1.0 / count : (1.0 / count) + ((1 - (1.0 / count)) * index / (ramp - 1));
        }

        return weights;
    }

    // Terms are summed in their order, as a plain loop would; a term is skipped only where adding
    // it could not change the sum, so the result is the same bits as with every term added.
    private static double LogSumExp(ReadOnlySpan<double> terms)
    {
        var max = Max(terms);
        if (double.IsNegativeInfinity(max))
        {
            return max;
        }

        var sum = 0.0;
        var index = 0;
        for (; terms[index] != max; index++)
        {
            var difference = terms[index] - max;
            if (difference > UnderflowLogRatio)
            {
                sum += Math.Exp(difference);
            }
        }

        for (; index < terms.Length; index++)
        {
            var difference = terms[index] - max;
            if (difference > RoundedAwayLogRatio)
            {
                sum += Math.Exp(difference);
            }
        }

        return max + Math.Log(sum);
    }

    // The largest term; taking maxima in any order gives the same value.
    private static double Max(ReadOnlySpan<double> terms)
    {
        var index = 0;
        var max = double.NegativeInfinity;
        if (Vector.IsHardwareAccelerated && terms.Length >= Vector<double>.Count)
        {
            var maxima = new Vector<double>(double.NegativeInfinity);
            for (; index <= terms.Length - Vector<double>.Count; index += Vector<double>.Count)
            {
                maxima = Vector.Max(maxima, new Vector<double>(terms[index..]));
            }

            for (var lane = 0; lane < Vector<double>.Count; lane++)
            {
                max = Math.Max(max, maxima[lane]);
            }
        }

        for (; index < terms.Length; index++)
        {
            max = Math.Max(max, terms[index]);
        }

        return max;
    }
}
