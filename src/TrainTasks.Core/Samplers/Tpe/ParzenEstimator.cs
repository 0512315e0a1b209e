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

    private readonly IReadOnlyList<TpeDimension> _dimensions;
    private readonly IReadOnlyList<double[]> _observations;
    private readonly double[][] _widths;
    private readonly double[][] _choiceCounts;
    private readonly double[] _weights;
    private readonly double[] _logWeights;
    private readonly double _totalWeight;
    private readonly double[][] _logMasses;
    private readonly double _priorWeight;

    /// <summary>Fits the density to observations given in each dimension's own scale.</summary>
    public ParzenEstimator(
        IReadOnlyList<TpeDimension> dimensions,
        IReadOnlyList<double[]> observations,
        double priorWeight)
    {
        _dimensions = dimensions;
        _observations = observations;
        _priorWeight = priorWeight;
        _weights = ObservationWeights(observations.Count);
        _logWeights = _weights.Select(weight => Math.Log(weight)).ToArray();
        _totalWeight = _weights.Sum();
        _widths = dimensions.Select((dimension, index) => dimension.IsCategorical
            ? []
            : ParzenBandwidth.NeighbourDistance(
                observations.Select(point => point[index]).ToArray(),
                dimension.Low,
                dimension.High)).ToArray();
        _choiceCounts = dimensions.Select((dimension, index) => dimension.IsCategorical
            ? CountChoices(observations, _weights, index, dimension.ChoiceCount)
            : []).ToArray();
        _logMasses = dimensions.Select((dimension, index) => dimension.IsCategorical || dimension.Range <= 0
            ? []
            : observations.Select((point, component) => TruncatedNormal.LogMass(
                point[index],
                _widths[index][component],
                dimension.Low,
                dimension.High)).ToArray()).ToArray();
    }

    /// <summary>The number of observations the density was fitted to.</summary>
    public int Count => _observations.Count;

    /// <summary>The log density of one dimension on its own, at a point of its own scale.</summary>
    public double MarginalLogDensity(int dimension, double point)
    {
        var definition = _dimensions[dimension];
        if (definition.IsCategorical)
        {
            return Math.Log(ChoiceProbability(dimension, (int)Math.Round(point)));
        }

        var terms = new double[Count + 1];
        for (var index = 0; index < Count; index++)
        {
            terms[index] = _logWeights[index] + ObservationKernel(dimension, index, point);
        }

        terms[Count] = Math.Log(_priorWeight) + PriorKernel(dimension, point);
        return LogSumExp(terms) - Math.Log(_totalWeight + _priorWeight);
    }

    /// <summary>The smoothed share of <paramref name="choice"/> in a categorical dimension.</summary>
    public double ChoiceProbability(int dimension, int choice)
    {
        var choices = _dimensions[dimension].ChoiceCount;
        return (_choiceCounts[dimension][choice] + _priorWeight) / (_totalWeight + (choices * _priorWeight));
    }

    /// <summary>The joint log density at a point given in every dimension's own scale.</summary>
    public double JointLogDensity(double[] point)
    {
        var terms = new double[Count + 1];
        for (var index = 0; index < Count; index++)
        {
            terms[index] = _logWeights[index] + Enumerable.Range(0, _dimensions.Count)
                .Sum(dimension => JointObservationKernel(dimension, index, point[dimension]));
        }

        terms[Count] = Math.Log(_priorWeight) + Enumerable.Range(0, _dimensions.Count)
            .Sum(dimension => PriorKernel(dimension, point[dimension]));
        return LogSumExp(terms) - Math.Log(_totalWeight + _priorWeight);
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
        if (definition.Range <= 0)
        {
            return definition.Low;
        }

        var (mean, width) = component == Count
            ? (definition.Low + (definition.Range / 2), definition.Range)
            : (_observations[component][dimension], _widths[dimension][component]);
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

    private double ObservationKernel(int dimension, int index, double point)
    {
        var definition = _dimensions[dimension];
        if (definition.Range <= 0)
        {
            return 0;
        }

        return TruncatedNormal.LogDensity(
            point,
            _observations[index][dimension],
            _widths[dimension][index],
            definition.Low,
            definition.High,
            _logMasses[dimension][index]);
    }

    private double JointObservationKernel(int dimension, int index, double point)
    {
        var definition = _dimensions[dimension];
        if (!definition.IsCategorical)
        {
            return ObservationKernel(dimension, index, point);
        }

        var own = (int)_observations[index][dimension] == (int)Math.Round(point) ? 1 : 0;
        return Math.Log((own + _priorWeight) / (1 + (definition.ChoiceCount * _priorWeight)));
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
            definition.High);
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

    private static double LogSumExp(double[] terms)
    {
        var max = terms.Max();
        if (double.IsNegativeInfinity(max))
        {
            return max;
        }

        return max + Math.Log(terms.Sum(term => Math.Exp(term - max)));
    }
}
