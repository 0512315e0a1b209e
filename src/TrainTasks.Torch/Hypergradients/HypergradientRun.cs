using TorchSharp;
using TorchSharp.Modules;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Training;
using TrainTasks.Torch.Training;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Hypergradients;

/// <summary>
/// The hypergradients one trial was asked for: checks the request, holds the unrolled window while
/// training runs, and gives the <c>hypergrad.&lt;name&gt;</c> metrics at the end.
/// </summary>
internal sealed class HypergradientRun : IDisposable
{
    private readonly HypergradientSettings _settings;
    private readonly HyperparameterTensors _hyper;
    private readonly ImplicitHypergradient? _implicit;
    private readonly long _windowStart;

    private HypergradientRun(
        HypergradientSettings settings,
        HyperparameterTensors hyper,
        ImplicitHypergradient? implicitMethod,
        UnrolledWindow? window,
        long windowStart)
    {
        _settings = settings;
        _hyper = hyper;
        _implicit = implicitMethod;
        Window = window;
        _windowStart = windowStart;
    }

    /// <summary>The differentiable last steps; null for the implicit method.</summary>
    public UnrolledWindow? Window { get; }

    /// <summary>Checks the request and prepares the computation; null when no hypergradient is asked for.</summary>
    /// <param name="request">The trial's request.</param>
    /// <param name="options">The trial's options.</param>
    /// <param name="model">The model, as built by the trainer.</param>
    /// <param name="weights">Indices of the weight layers among the model's parameters, input side first.</param>
    /// <param name="train">The training rows.</param>
    /// <param name="totalSteps">The number of optimizer steps the training takes.</param>
    /// <exception cref="TrainTasksException">TT4050–TT4053 for a request the trainer cannot serve.</exception>
    public static HypergradientRun? Create(
        TrainingRequest request,
        TrainingOptions options,
        Sequential model,
        IReadOnlyList<int> weights,
        LossData train,
        long totalSteps)
    {
        if (request.Hypergradients.Count == 0)
        {
            return null;
        }

        var settings = request.HypergradientSettings;
        CheckRequest(request, options, weights.Count);
        var parameters = model.named_parameters().ToArray();
        var trainable = parameters.Select(pair => pair.parameter).ToArray();
        var type = trainable[0].dtype;
        var hyper = new HyperparameterTensors(options, request.Hypergradients, weights.Count, type);
        if (settings.Method == HypergradientMethod.Implicit)
        {
            var implicitMethod = new ImplicitHypergradient(
                model, trainable, weights, hyper, options.WeightDecay, train, request.Seed);
            return new HypergradientRun(settings, hyper, implicitMethod, null, long.MaxValue);
        }

        var function = FunctionalModel.Create(model, parameters.Select(pair => pair.name).ToArray(),
            options.Model.Architecture);
        var window = new UnrolledWindow(function, trainable, weights, hyper, options, train.Regression);
        var start = Math.Max(0, totalSteps - settings.UnrolledSteps);
        return new HypergradientRun(settings, hyper, null, window, start);
    }

    /// <summary>Whether step <paramref name="step"/> (from 0) is taken by <see cref="Window"/>.</summary>
    public bool InWindow(long step) => Window is not null && step >= _windowStart;

    /// <summary>
    /// The <c>hypergrad.&lt;name&gt;</c> metrics after training, by the chosen method.
    /// </summary>
    /// <exception cref="TrialFailedException">TT4054: a hypergradient is NaN or infinite.</exception>
    public Dictionary<string, double> Finish(nn.Module<Tensor, Tensor> model, LossData validation)
    {
        var values = _implicit is not null
            ? _implicit.Compute(validation, _settings)
            : Window!.Hypergradients(model, validation);
        foreach (var (name, value) in values.Where(pair => !double.IsFinite(pair.Value)))
        {
            throw new TrialFailedException(Messages.Training_HypergradientNotFinite(name, value));
        }

        return values.ToDictionary(pair => HypergradientMetrics.NameOf(pair.Key), pair => pair.Value);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Window?.Dispose();
        _hyper.Dispose();
    }

    private static void CheckRequest(TrainingRequest request, TrainingOptions options, int layerCount)
    {
        if (request.UseAllRows)
        {
            throw new TrainTasksException(Messages.Training_HypergradientWithoutValidation());
        }

        var unrolled = request.HypergradientSettings.Method == HypergradientMethod.Unrolled;
        foreach (var name in request.Hypergradients)
        {
            var isPenalty = name == "l2" || BuiltInParameters.TryParseLayerL2(name, out _);
            if (!isPenalty && name != "learningRate")
            {
                throw new TrainTasksException(Messages.Training_NoHypergradient(name));
            }

            if (name == "learningRate" && !unrolled)
            {
                throw new TrainTasksException(Messages.Training_HypergradientNeedsUnrolled(name));
            }

            if (BuiltInParameters.TryParseLayerL2(name, out var layer) && layer >= layerCount)
            {
                throw new TrainTasksException(Messages.Training_LayerPenaltyOutOfRange(name, layerCount));
            }
        }

        if (unrolled && options.Optimizer != "sgd")
        {
            throw new TrainTasksException(
                Messages.Training_UnrolledNotSupported("optimizer", options.Optimizer, "\"sgd\""));
        }
    }
}
