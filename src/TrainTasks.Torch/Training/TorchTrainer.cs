using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;
using TrainTasks.Torch.Data;
using TrainTasks.Torch.Models;
using TrainTasks.Torch.Native;

namespace TrainTasks.Torch.Training;

/// <summary>
/// Trains an MLP or CNN classifier, or a linear or MLP regression model, with TorchSharp on the CPU.
/// Parameters are read by <see cref="TrainingOptions.From"/>; every epoch reports <c>train_loss</c>,
/// <c>train_accuracy</c>, <c>val_loss</c> and <c>val_accuracy</c> (for regression <c>train_loss</c>,
/// <c>train_mse</c>, <c>val_loss</c> and <c>val_mse</c>, the loss being the mean squared error in the
/// target's units; with <c>learningRateAdaptation</c> <c>hypergradient</c> also <c>learning_rate</c> and
/// <c>learning_rate_mean</c>), and the model is saved as <see cref="ModelFileName"/>. Hypergradients asked
/// for in <see cref="TrainingRequest.Hypergradients"/> join the final metrics as <c>hypergrad.&lt;name&gt;</c>.
/// </summary>
/// <remarks>
/// One trial at a time, from one thread (see <see cref="ITrainer"/>). The loaded data is kept between
/// trials of the same <see cref="DataSpec"/>; dispose the trainer to free it. The same request gives a
/// byte-identical model file on the same machine.
/// </remarks>
public sealed class TorchTrainer : ITrainer, IDisposable
{
    /// <summary>The name of the model file written into the artifact folder.</summary>
    public const string ModelFileName = "model.bin";

    private readonly TensorDataCache _cache = new();

    /// <inheritdoc />
    /// <remarks>
    /// Version 2: the behaviour described on this class (version 1 had no regression, no <c>l2</c> and
    /// no hypergradients).
    /// </remarks>
    public TrainerIdentity Identity { get; } = new("traintasks.torch", "2");

    /// <inheritdoc />
    public void LoadData(DataSpec data)
    {
        TorchNativeLoader.EnsureLoaded();
        _cache.GetTrain(data);
        if (data.Test is not null)
        {
            _cache.GetTest(data);
        }
    }

    /// <inheritdoc />
    public TrainingResult Train(TrainingRequest request, IReporter reporter, CancellationToken cancellationToken)
    {
        TorchNativeLoader.EnsureLoaded();
        var options = TrainingOptions.From(request.Parameters);
        var data = _cache.GetTrain(request.Data);
        var split = Split(request, data.Dataset.Count);

        TorchSettings.Prepare(request.Seed, request.Threads);
        using var session = new TrainingSession(
            options, data, split, request.Seed, Standardizes(request.Data), request);
        var metrics = RunEpochs(session, options.Epochs, reporter, cancellationToken);
        foreach (var (name, value) in session.Hypergradients())
        {
            metrics[name] = value;
        }

        Directory.CreateDirectory(request.ArtifactDirectory);
        session.Model.save(Path.Combine(request.ArtifactDirectory, ModelFileName));
        return new TrainingResult(metrics, ModelBuilder.CountParameters(session.Model), ModelFileName);
    }

    /// <inheritdoc />
    /// <exception cref="TrainTasksException">TT4032 without a test set; TT4042 when the model file
    /// does not load.</exception>
    public IReadOnlyDictionary<string, double> Evaluate(TrialParameters parameters, DataSpec data, string modelFile)
    {
        TorchNativeLoader.EnsureLoaded();
        var options = TrainingOptions.From(parameters);
        var test = _cache.GetTest(data);
        var train = _cache.GetTrain(data).Dataset;
        var statistics = Standardizes(data) ? FeatureStatistics.Identity(train.FeatureSize) : null;
        float? targetMean = train.IsRegression ? 0f : null;

        using var model = ModelBuilder.Build(
            options.Model, train.FeatureShape, train.ClassCount, statistics, targetMean);
        Load(model, modelFile);
        var result = ModelEvaluation.Run(model, test, rows: null);
        return train.IsRegression
            ? new Dictionary<string, double> { ["test_loss"] = result.Loss, ["test_mse"] = result.Loss }
            : new Dictionary<string, double> { ["test_loss"] = result.Loss, ["test_accuracy"] = result.Accuracy };
    }

    /// <summary>Frees the cached data tensors.</summary>
    public void Dispose() => _cache.Dispose();

    private static Dictionary<string, double> RunEpochs(
        TrainingSession session, int epochs, IReporter reporter, CancellationToken cancellationToken)
    {
        var metrics = new Dictionary<string, double>();
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var train = session.TrainEpoch(epoch, cancellationToken);
            metrics = new Dictionary<string, double> { ["train_loss"] = train.Loss };
            metrics[session.IsRegression ? "train_mse" : "train_accuracy"] = session.IsRegression
                ? train.Loss
                : train.Accuracy;
            foreach (var (name, value) in session.EndEpoch())
            {
                metrics[name] = value;
            }

            if (session.HasValidationRows)
            {
                var validation = session.Validate();
                metrics["val_loss"] = validation.Loss;
                metrics[session.IsRegression ? "val_mse" : "val_accuracy"] = session.IsRegression
                    ? validation.Loss
                    : validation.Accuracy;
            }

            reporter.Report(new EpochRecord(epoch, metrics));
        }

        return metrics;
    }

    private static DatasetSplit Split(TrainingRequest request, int rowCount)
    {
        if (request.UseAllRows)
        {
            return DatasetSplit.AllRows(rowCount, request.Seed);
        }

        return request.Data.ValidationRows is { } validationRows
            ? DatasetSplit.Last(rowCount, validationRows)
            : DatasetSplit.Create(rowCount, request.Data.ValidationFraction, request.Seed);
    }

    private static bool Standardizes(DataSpec data) =>
        string.Equals(data.Format, "csv", StringComparison.OrdinalIgnoreCase) && (data.Csv?.Standardize ?? true);

    private static void Load(TorchSharp.torch.nn.Module model, string modelFile)
    {
        if (!File.Exists(modelFile))
        {
            throw new TrainTasksException(Messages.Training_ModelUnreadable(modelFile, "the file does not exist"));
        }

        try
        {
            model.load(modelFile);
        }
        catch (Exception exception) when (exception is ArgumentException or IOException or InvalidDataException)
        {
            throw new TrainTasksException(Messages.Training_ModelUnreadable(modelFile, exception.Message), exception);
        }
    }
}
