using System.Runtime.InteropServices;
using TorchSharp;
using TorchSharp.Modules;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Training;
using TrainTasks.Torch.Data;
using TrainTasks.Torch.Hypergradients;
using TrainTasks.Torch.Models;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Training;

/// <summary>The model, optimizer and row order of one trial; owns and disposes its native objects.</summary>
internal sealed class TrainingSession : IDisposable
{
    // A classifier's loss above this has diverged; a regression's limit is this many times the
    // variance of its training targets, since its loss is in the square of the target's units.
    private const double DivergenceFactor = 1e6;

    private readonly TrainingOptions _options;
    private readonly TensorData _data;
    private readonly Tensor _trainRows;
    private readonly Tensor _validationRows;
    private readonly Generator _shuffle;
    private readonly IWeightUpdate _update;
    private readonly Parameter[] _weights;
    private readonly Parameter[] _parameters;
    private readonly bool _regression;
    private readonly HypergradientRun? _hypergradients;
    private readonly double _divergenceLimit;
    private long _step;

    /// <summary>Builds the model; call after <see cref="TorchSettings.Prepare"/> so initial weights
    /// follow the seed.</summary>
    /// <exception cref="TrialFailedException">TT4056: a per-layer penalty names a layer this configuration's
    /// model does not have (another configuration of the same sweep may have it).</exception>
    /// <exception cref="TrainTasksException">TT4050–TT4053, TT4056: hypergradients the trainer cannot
    /// compute.</exception>
    public TrainingSession(
        TrainingOptions options,
        TensorData data,
        DatasetSplit split,
        int seed,
        bool standardize,
        TrainingRequest? request = null)
    {
        CheckLayerPenalties(options);
        _options = options;
        _data = data;
        _regression = data.Dataset.IsRegression;
        _trainRows = tensor(split.TrainRows.Select(row => (long)row).ToArray()).DetachFromDisposeScope();
        _validationRows = tensor(split.ValidationRows.Select(row => (long)row).ToArray()).DetachFromDisposeScope();
        _shuffle = new Generator((ulong)seed);
        var statistics = standardize ? FeatureStatistics.Compute(data.Dataset, split.TrainRows) : null;
        var targetMean = data.Dataset.Targets is { } targets
            ? (float?)split.TrainRows.Average(row => (double)targets[row])
            : null;
        _divergenceLimit = DivergenceFactor * (data.Dataset.Targets is { } values && targetMean is { } mean
            ? Math.Max(1.0, split.TrainRows.Average(row => Math.Pow(values[row] - mean, 2)))
            : 1.0);
        Model = ModelBuilder.Build(
            options.Model, data.Dataset.FeatureShape, data.Dataset.ClassCount, statistics, targetMean);
        var named = Model.named_parameters().ToArray();
        _parameters = named.Select(pair => pair.parameter).ToArray();
        _update = OptimizerFactory.CreateUpdate(options, _parameters);
        var weightIndices = named.Select((pair, index) => (pair.name, index))
            .Where(pair => pair.name.EndsWith("weight", StringComparison.Ordinal))
            .Select(pair => pair.index)
            .ToArray();
        _weights = weightIndices.Select(index => _parameters[index]).ToArray();
        _hypergradients = request is null ? null : HypergradientRun.Create(
            request, options, (Sequential)Model, weightIndices, TrainingLoss(), TotalSteps(split));
    }

    /// <summary>The model being trained.</summary>
    public nn.Module<Tensor, Tensor> Model { get; }

    /// <summary>
    /// One pass over the training rows in a fresh seeded order. Returns the mean data loss (without the L1
    /// and L2 terms) and accuracy (NaN for regression) of the batches as they were trained, in train mode.
    /// </summary>
    /// <exception cref="TrialFailedException">
    /// A batch's loss is NaN, infinite or above 1e6 (for regression, 1e6 times the training targets' variance),
    /// or a number of its step exceeds single precision.
    /// </exception>
    /// <exception cref="OperationCanceledException">Cancelled between batches.</exception>
    public LossAndAccuracy TrainEpoch(int epoch, CancellationToken cancellationToken)
    {
        Model.train();
        _update.BeginEpoch(epoch);
        using var permutation = randperm(_trainRows.shape[0], generator: _shuffle);
        using var order = _trainRows.index_select(0, permutation);
        var count = order.shape[0];
        var (lossSum, correct) = (0.0, 0L);
        for (long start = 0, batch = 1; start < count; start += _options.BatchSize, batch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var scope = NewDisposeScope();
            var length = Math.Min(_options.BatchSize, count - start);
            var (loss, hits) = TrainBatch(order.narrow(0, start, length), epoch, batch);
            lossSum += loss * length;
            correct += hits;
        }

        return new LossAndAccuracy(lossSum / count, _regression ? double.NaN : (double)correct / count);
    }

    /// <summary>Whether the model predicts a numeric target (mean squared error) rather than a class.</summary>
    public bool IsRegression => _regression;

    /// <summary>
    /// Metrics of the weight update for the epoch just trained (the adapted learning rate, or
    /// none); call once after each <see cref="TrainEpoch"/>.
    /// </summary>
    public IReadOnlyDictionary<string, double> EndEpoch() => _update.EndEpoch();

    /// <summary>Whether any rows are held out (none in a refit on every training row).</summary>
    public bool HasValidationRows => _validationRows.shape[0] > 0;

    /// <summary>Loss and accuracy on the validation rows, in eval mode.</summary>
    public LossAndAccuracy Validate() => ModelEvaluation.Run(Model, _data, _validationRows);

    /// <summary>
    /// The <c>hypergrad.&lt;name&gt;</c> metrics the request asked for, after the last epoch; empty when it
    /// asked for none.
    /// </summary>
    /// <exception cref="TrialFailedException">TT4054: a hypergradient is NaN or infinite.</exception>
    public Dictionary<string, double> Hypergradients() =>
        _hypergradients?.Finish(Model, new LossData(_data.Features, _data.Labels, _validationRows, _regression))
        ?? [];

    /// <inheritdoc />
    public void Dispose()
    {
        _hypergradients?.Dispose();
        _update.Dispose();
        Model.Dispose();
        _shuffle.Dispose();
        _trainRows.Dispose();
        _validationRows.Dispose();
    }

    // Workaround: TorchSharp throws ExternalException when a number of the step (a penalty's
    // coefficient l2 + l2.k, or Adam's first step, learningRate / (1 - beta1)) exceeds single
    // precision, although each parameter is within it; such a run has diverged, so it fails as one.
    private (double Loss, long Correct) TrainBatch(Tensor rows, int epoch, long batch)
    {
        try
        {
            return TrainStep(rows, epoch, batch);
        }
        catch (ExternalException exception) when (exception.Message.Contains("overflow", StringComparison.Ordinal))
        {
            throw new TrialFailedException(
                $"epoch {epoch}, batch {batch}: a number of the training step exceeds single precision "
                + $"({exception.Message}); the run diverged. Lower learningRate, l2 or the per-layer penalties.");
        }
    }

    private (double Loss, long Correct) TrainStep(Tensor rows, int epoch, long batch)
    {
        var features = _data.Features.index_select(0, rows);
        var labels = _data.Labels.index_select(0, rows);
        var step = _step++;
        if (_hypergradients?.InWindow(step) == true)
        {
            var factor = _options.LearningRateAt(epoch) / _options.LearningRate;
            var (windowOutput, windowLoss) = _hypergradients.Window!.Step(features, labels, factor);
            var value = windowLoss.item<float>();
            CheckDivergence(value, epoch, batch, _divergenceLimit);
            return (value, Correct(windowOutput, labels));
        }

        _update.ZeroGrad();
        var output = Model.call(features);
        var dataLoss = Objectives.DataLoss(output, labels, _regression);
        var loss = AddPenalties(dataLoss);
        CheckDivergence(loss.item<float>(), epoch, batch, _divergenceLimit);
        loss.backward();
        AddWeightDecay();
        _update.Step();
        return (dataLoss.item<float>(), Correct(output, labels));
    }

    private static void CheckDivergence(float value, int epoch, long batch, double limit)
    {
        if (!float.IsFinite(value) || value > limit)
        {
            throw new TrialFailedException(
                $"epoch {epoch}, batch {batch}: the training loss is {value} (NaN, infinite or above {limit:G3}); "
                + "the run diverged. Lower learningRate or use another optimizer.");
        }
    }

    private long Correct(Tensor output, Tensor labels) =>
        _regression ? 0 : output.argmax(1).eq(labels).sum().item<long>();

    private Tensor AddPenalties(Tensor dataLoss)
    {
        var loss = _options.L1 > 0 ? dataLoss + (L1Penalty() * _options.L1) : dataLoss;
        return Objectives.L2Penalty(_weights, _options) is { } penalty ? loss + penalty : loss;
    }

    // Checked before any tensor is made, so a trial that fails here leaves no native memory behind.
    private static void CheckLayerPenalties(TrainingOptions options)
    {
        var layerCount = WeightLayers.Count(options.Model.Architecture, options.Model.Hidden.Count);
        foreach (var layer in options.LayerL2.Keys.Where(layer => layer >= layerCount))
        {
            throw new TrialFailedException(Messages.Training_LayerPenaltyOutOfRange($"l2.{layer}", layerCount));
        }
    }

    private LossData TrainingLoss() => new(_data.Features, _data.Labels, _trainRows, _regression);

    private long TotalSteps(DatasetSplit split) =>
        (long)_options.Epochs * ((split.TrainRows.Length + _options.BatchSize - 1) / _options.BatchSize);

    // Workaround: with weight_decay set, TorchSharp 0.107's Adam held on to memory within a
    // trial (measured: 6.1 GB peak against 1.2 GB for two epochs of a 1024-wide MLP on
    // Fashion-MNIST) and ran slower. We add the same coupled L2 term, weightDecay * w, to each
    // gradient in place, as PyTorch's SGD, Adam and Adagrad do, and give the optimizers none.
    private void AddWeightDecay()
    {
        if (_options.WeightDecay <= 0)
        {
            return;
        }

        using var noGradient = no_grad();
        foreach (var parameter in _parameters)
        {
            parameter.grad?.add_(parameter, alpha: _options.WeightDecay);
        }
    }

    private Tensor L1Penalty() => _weights.Select(weight => weight.abs().sum()).Aggregate((sum, next) => sum + next);
}
