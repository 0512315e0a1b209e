using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Training.Hypergradient;

/// <summary>
/// SGD, SGD with momentum, Adam or Adagrad with a learning rate <c>α</c> adapted at every step by
/// hypergradient descent: <c>α_t = α_{t−1} · exp(β cos(g_t, u_{t−1}))</c>, clipped into
/// [<see cref="MinimumRate"/>, <see cref="MaximumRate"/>] (the first rate too), then
/// <c>w_t = w_{t−1} − c α_t u_t</c>.
/// </summary>
/// <remarks>
/// <para>
/// Baydin, Cornish, Martínez Rubio, Schmidt and Wood, 2018, "Online Learning Rate Adaptation with
/// Hypergradient Descent", ICLR, https://arxiv.org/abs/1703.04782. Since
/// <c>w_{t−1} = w_{t−2} − α u_{t−2}</c>, the derivative of the loss at <c>w_{t−1}</c> with respect
/// to the rate is <c>h_t = −g_t · u_{t−1}</c>, where <c>g_t</c> is the current gradient and
/// <c>u</c> the direction of the optimizer's step (<see cref="UpdateDirection"/>).
/// </para>
/// <para>
/// Where we differ: the paper steps <c>α</c> itself, <c>α_t = α_{t−1} − β h_t</c>, which can make
/// <c>α</c> negative and gives <c>β</c> the units of <c>1 / (g · u)</c>, so its best value changes
/// with the model, the loss and the optimizer (the paper tunes it per optimizer). We take a gradient
/// step on <c>log α</c> instead, whose derivative is <c>α h_t</c>, and divide it by
/// <c>α ‖g_t‖ ‖u_{t−1}‖</c>: <c>log α_t = log α_{t−1} − β h_t / (‖g_t‖ ‖u_{t−1}‖)
/// = log α_{t−1} + β cos(g_t, u_{t−1})</c>. The rate stays positive, changes by at most a factor
/// <c>e^β</c> per step, and <c>β</c> is free of units, so one default serves every optimizer. Two
/// gradients that keep pointing the same way raise the rate; steps that overshoot (the next
/// gradient points back) lower it. Before the first step <c>u</c> is zero and the rate is kept.
/// </para>
/// <para>
/// A schedule multiplies the adapted rate: the step uses <c>c α_t</c>, where <c>c</c> is the
/// schedule's factor for the epoch (1 for <c>constant</c>, the half cosine for <c>cosine</c>). The
/// cosine does not depend on a positive factor on <c>u</c>, so the schedule does not change how
/// <c>α</c> adapts. With <c>β = 0</c> the rate stays at its start and the rules match TorchSharp's
/// optimizers.
/// </para>
/// <para>
/// Cost: every parameter's gradient is a view into one flat buffer (autograd adds into an existing
/// gradient in place), and the rule keeps its state and direction flat as well, so the three dot
/// products of the cosine and the rule's arithmetic are a few calls on one vector per step instead
/// of a few per parameter. The rate lives in a tensor, so a step reads nothing back to the host;
/// <see cref="EndEpoch"/> reads it once per epoch.
/// </para>
/// </remarks>
internal sealed class HypergradientDescent : IWeightUpdate
{
    /// <summary>The smallest rate the adaptation may reach.</summary>
    public const double MinimumRate = 1e-8;

    /// <summary>The largest rate the adaptation may reach.</summary>
    public const double MaximumRate = 10;

    /// <summary>The metric name of the applied rate at the last step of an epoch.</summary>
    public const string LearningRateMetric = "learning_rate";

    /// <summary>The metric name of the mean applied rate over the steps of an epoch.</summary>
    public const string MeanLearningRateMetric = "learning_rate_mean";

    // Gradients or directions whose norms multiply to less than this count as zero: the cosine
    // is then 0 and the rate is kept.
    private const double TinyNorm = 1e-30;

    private readonly Parameter[] _parameters;
    private readonly UpdateDirection _rule;
    private readonly double _hypergradientRate;
    private readonly Func<int, double> _scheduleFactor;
    private readonly Tensor _gradient;
    private readonly Tensor[] _gradientViews;
    private readonly Tensor[] _directionViews;
    private readonly Tensor _rate;
    private readonly Tensor _rateSum;
    private double _factor = 1;
    private long _epochSteps;

    /// <summary>
    /// Starts at rate <paramref name="learningRate"/> with a zero direction, and makes every
    /// parameter's gradient a view into one flat buffer.
    /// </summary>
    /// <param name="parameters">The parameters to train (float32, on the CPU).</param>
    /// <param name="rule">
    /// The optimizer's direction over as many values as the parameters hold; disposed with this object.
    /// </param>
    /// <param name="learningRate">The first rate, above 0; clipped into the bounds like every later one.</param>
    /// <param name="hypergradientRate">β, 0 or more: the largest change of <c>log α</c> per step.</param>
    /// <param name="scheduleFactor">The schedule's factor <c>c</c> for an epoch (from 1).</param>
    public HypergradientDescent(
        IReadOnlyList<Parameter> parameters,
        UpdateDirection rule,
        double learningRate,
        double hypergradientRate,
        Func<int, double> scheduleFactor)
    {
        if (!(learningRate > 0 && double.IsFinite(learningRate)))
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "the rate must be above 0.");
        }

        if (!(hypergradientRate >= 0 && double.IsFinite(hypergradientRate)))
        {
            throw new ArgumentOutOfRangeException(
                nameof(hypergradientRate), hypergradientRate, "β must be a finite number, 0 or more.");
        }

        var size = parameters.Sum(parameter => parameter.numel());
        if (rule.Direction.numel() != size)
        {
            throw new ArgumentException(
                $"the rule holds {rule.Direction.numel()} values but the parameters {size}; they must match.",
                nameof(rule));
        }

        _parameters = parameters.ToArray();
        _rule = rule;
        _hypergradientRate = hypergradientRate;
        _scheduleFactor = scheduleFactor;
        _gradient = zeros(size).DetachFromDisposeScope();
        _gradientViews = Views(_gradient);
        _directionViews = Views(rule.Direction);
        _rate = tensor(Math.Clamp(learningRate, MinimumRate, MaximumRate), float64).DetachFromDisposeScope();
        _rateSum = zeros(1, float64).DetachFromDisposeScope();
        AttachGradients();
    }

    /// <summary>The adapted rate <c>α</c> now, before the schedule's factor (reads the tensor).</summary>
    public double LearningRate
    {
        get
        {
            using var scope = NewDisposeScope();
            return _rate.item<double>();
        }
    }

    /// <inheritdoc />
    public void BeginEpoch(int epoch) => _factor = _scheduleFactor(epoch);

    /// <inheritdoc />
    public void ZeroGrad() => _gradient.zero_();

    /// <inheritdoc />
    public void Step()
    {
        using var scope = NewDisposeScope();
        using var noGradient = no_grad();
        if (_hypergradientRate > 0)
        {
            AdaptRate();
        }

        _rule.Advance(_gradient);
        var applied = _factor == 1 ? _rate : _rate * _factor;
        for (var index = 0; index < _parameters.Length; index++)
        {
            _parameters[index].addcmul_(_directionViews[index], applied, value: -1);
        }

        _rateSum.add_(applied);
        _epochSteps++;
    }

    /// <inheritdoc />
    /// <returns>
    /// <see cref="LearningRateMetric"/>: <c>c α</c> after the last step; <see cref="MeanLearningRateMetric"/>:
    /// the mean of <c>c α</c> over the epoch's steps. Empty when no step was taken.
    /// </returns>
    public IReadOnlyDictionary<string, double> EndEpoch()
    {
        if (_epochSteps == 0)
        {
            return new Dictionary<string, double>();
        }

        using var scope = NewDisposeScope();
        var metrics = new Dictionary<string, double>
        {
            [LearningRateMetric] = LearningRate * _factor,
            [MeanLearningRateMetric] = _rateSum.item<double>() / _epochSteps,
        };
        _rateSum.zero_();
        _epochSteps = 0;
        return metrics;
    }

    /// <summary>Frees the rule's state, the gradient buffer and the rate.</summary>
    public void Dispose()
    {
        foreach (var view in _gradientViews.Concat(_directionViews))
        {
            view.Dispose();
        }

        _rule.Dispose();
        _gradient.Dispose();
        _rate.Dispose();
        _rateSum.Dispose();
    }

    private Tensor[] Views(Tensor flat)
    {
        var offset = 0L;
        var views = new Tensor[_parameters.Length];
        for (var index = 0; index < _parameters.Length; index++)
        {
            var count = _parameters[index].numel();
            views[index] = flat.narrow(0, offset, count).view(_parameters[index].shape).DetachFromDisposeScope();
            offset += count;
        }

        return views;
    }

    // Autograd adds each new gradient into a parameter's existing gradient in place, so once the
    // gradients are views into the flat buffer, every backward pass fills it.
    private void AttachGradients()
    {
        using var noGradient = no_grad();
        for (var index = 0; index < _parameters.Length; index++)
        {
            if (_parameters[index].grad is { } existing)
            {
                _gradientViews[index].copy_(existing);
            }

            _parameters[index].grad = _gradientViews[index];
        }
    }

    private void AdaptRate()
    {
        var direction = _rule.Direction;
        var norms = _gradient.dot(_gradient).sqrt_().mul_(direction.dot(direction).sqrt_()).clamp_min_(TinyNorm);
        var cosine = _gradient.dot(direction).div_(norms).nan_to_num_(0).to(float64);
        _rate.mul_(cosine.mul_(_hypergradientRate).exp_()).clamp_(MinimumRate, MaximumRate);
    }
}
