using TorchSharp;
using TorchSharp.Modules;
using TrainTasks.Torch.Training;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Hypergradients;

/// <summary>
/// The last K training steps taken as differentiable updates, so that the validation loss after them
/// can be differentiated in the hyperparameters that enter each update (reverse mode through the
/// steps, with second-order terms kept).
/// </summary>
/// <remarks>
/// Truncated back-propagation through training: Shaban, Cheng, Hatch and Boots, "Truncated
/// Back-propagation for Bilevel Optimization", AISTATS 2019, https://arxiv.org/abs/1810.10667; see also
/// Maclaurin, Duvenaud and Adams, "Gradient-based Hyperparameter Optimization through Reversible
/// Learning", ICML 2015. Each step is the trainer's SGD update, w ← w − η v with v ← μ v + ∇L_T(w) +
/// weightDecay w, where L_T is the batch's mean data loss plus the L2 and L1 penalties and η the
/// scheduled learning rate, proportional to <c>learningRate</c>. Where we differ from a full unroll: the
/// weights and momentum at the start of the window are constants, and the momentum buffer starts at
/// zero in the window (the optimizer's buffer is not read back). The updated weights are copied into
/// the model after each step, so the model always holds the trained weights.
/// </remarks>
internal sealed class UnrolledWindow : IDisposable
{
    private readonly FunctionalModel _function;
    private readonly IReadOnlyList<Parameter> _parameters;
    private readonly IReadOnlyList<int> _weights;
    private readonly HyperparameterTensors _hyper;
    private readonly TrainingOptions _options;
    private readonly bool _regression;
    private Tensor[]? _current;
    private Tensor[]? _velocity;

    /// <summary>Prepares the window; no step is taken yet.</summary>
    /// <param name="function">The model as a function of its parameters.</param>
    /// <param name="parameters">The model's trainable parameters, in <c>named_parameters</c> order.</param>
    /// <param name="weights">Indices into <paramref name="parameters"/> of the weights, input side first.</param>
    /// <param name="hyper">The hyperparameters, the differentiated ones requiring gradients.</param>
    /// <param name="options">The trial's options (momentum, weight decay, L1).</param>
    /// <param name="regression">Whether the data loss is squared error.</param>
    public UnrolledWindow(
        FunctionalModel function,
        IReadOnlyList<Parameter> parameters,
        IReadOnlyList<int> weights,
        HyperparameterTensors hyper,
        TrainingOptions options,
        bool regression)
    {
        _function = function;
        _parameters = parameters;
        _weights = weights;
        _hyper = hyper;
        _options = options;
        _regression = regression;
    }

    /// <summary>The number of steps taken in the window.</summary>
    public int Steps { get; private set; }

    /// <summary>
    /// One differentiable update on a batch; returns the batch's output (for accuracy) and mean data
    /// loss, in the current dispose scope.
    /// </summary>
    /// <param name="features">The batch's features.</param>
    /// <param name="targets">The batch's labels or targets.</param>
    /// <param name="scheduleFactor">The scheduled learning rate divided by <c>learningRate</c>.</param>
    public (Tensor Output, Tensor DataLoss) Step(Tensor features, Tensor targets, double scheduleFactor)
    {
        _current ??= _parameters.Select(parameter => parameter.detach().clone().requires_grad_(true)
            .MoveToOuterDisposeScope()).ToArray();
        var output = _function.Forward(features, _current);
        var dataLoss = Objectives.DataLoss(output, targets, _regression);
        var gradient = autograd.grad([Objective(dataLoss)], _current, retain_graph: true, create_graph: true);
        var rate = _hyper.LearningRate * scheduleFactor;
        var next = new Tensor[_current.Length];
        var velocity = new Tensor[_current.Length];
        for (var index = 0; index < _current.Length; index++)
        {
            var direction = _options.WeightDecay > 0
                ? gradient[index] + (_current[index] * _options.WeightDecay)
                : gradient[index];
            velocity[index] = _velocity is null || _options.Momentum == 0
                ? direction
                : (_velocity[index] * _options.Momentum) + direction;
            next[index] = (_current[index] - (rate * velocity[index])).MoveToOuterDisposeScope();
            velocity[index].MoveToOuterDisposeScope();
        }

        // The graph keeps what it needs of the old tensors; only their handles are released.
        foreach (var old in _current.Concat(_velocity ?? []))
        {
            old.Dispose();
        }

        (_current, _velocity) = (next, velocity);
        CopyIntoModel();
        Steps++;
        return (output, dataLoss);
    }

    /// <summary>
    /// The gradient of the mean validation loss on <paramref name="validation"/>, evaluated with the
    /// window's final weights and the model in eval mode, in every differentiated hyperparameter.
    /// </summary>
    /// <exception cref="InvalidOperationException">No step was taken.</exception>
    public Dictionary<string, double> Hypergradients(nn.Module<Tensor, Tensor> model, LossData validation)
    {
        if (_current is null)
        {
            throw new InvalidOperationException("The unrolled window took no step; nothing to differentiate.");
        }

        model.eval();
        using var scope = NewDisposeScope();
        Tensor? total = null;
        foreach (var (features, targets, weight) in validation.Chunks())
        {
            var loss = Objectives.DataLoss(_function.Forward(features, _current), targets, validation.Regression);
            total = total is null ? loss * weight : total + (loss * weight);
        }

        var gradient = autograd.grad([total!], _hyper.Differentiated.Values.ToArray());
        return _hyper.Values(gradient);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var tensor in (_current ?? []).Concat(_velocity ?? []))
        {
            tensor.Dispose();
        }

        (_current, _velocity) = (null, null);
    }

    private Tensor Objective(Tensor dataLoss)
    {
        var weights = _weights.Select(index => _current![index]).ToArray();
        var objective = dataLoss + Objectives.L2Penalty(weights, _hyper.Coefficients());
        return _options.L1 > 0
            ? objective + (weights.Select(weight => weight.abs().sum()).Aggregate((a, b) => a + b) * _options.L1)
            : objective;
    }

    private void CopyIntoModel()
    {
        using var noGradient = no_grad();
        for (var index = 0; index < _parameters.Count; index++)
        {
            _parameters[index].copy_(_current![index]);
        }
    }
}
