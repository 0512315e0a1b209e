using TrainTasks.Core.Specs;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;

namespace TrainTasks.TestKit;

/// <summary>
/// A trainer without TorchSharp: its "model" is the parameters' canonical JSON, and its value
/// is a function of the parameters given by the test. It can fail or cancel on chosen trials.
/// </summary>
public sealed class FakeTrainer : ITrainer
{
    private readonly Func<TrialParameters, double> _objective;

    /// <summary>Makes a trainer whose <c>val_accuracy</c> is <paramref name="objective"/> of the parameters.</summary>
    public FakeTrainer(Func<TrialParameters, double> objective)
    {
        _objective = objective;
    }

    /// <summary>Number of <see cref="Train"/> calls so far.</summary>
    public int TrainCalls { get; private set; }

    /// <summary>Parameters of every <see cref="Train"/> call, in order.</summary>
    public List<TrialParameters> Trained { get; } = [];

    /// <summary>Every request <see cref="Train"/> received, in order.</summary>
    public List<TrainingRequest> Requests { get; } = [];

    /// <summary>When set, the call with this 1-based index throws <see cref="OperationCanceledException"/>.</summary>
    public int? CancelOnCall { get; set; }

    /// <summary>When true for the parameters, training throws <see cref="TrialFailedException"/>.</summary>
    public Func<TrialParameters, bool> FailWhen { get; set; } = _ => false;

    /// <inheritdoc />
    public TrainerIdentity Identity { get; } = new("fake", "1");

    /// <inheritdoc />
    public void LoadData(DataSpec data)
    {
    }

    /// <inheritdoc />
    public TrainingResult Train(TrainingRequest request, IReporter reporter, CancellationToken cancellationToken)
    {
        TrainCalls++;
        Requests.Add(request);
        reporter.Report(new EpochRecord(1, new Dictionary<string, double> { ["val_accuracy"] = 0 }));
        if (CancelOnCall == TrainCalls)
        {
            throw new OperationCanceledException("cancelled by the test");
        }

        if (FailWhen(request.Parameters))
        {
            throw new TrialFailedException("the loss is NaN at epoch 1");
        }

        Trained.Add(request.Parameters);
        var value = _objective(request.Parameters);
        File.WriteAllText(Path.Combine(request.ArtifactDirectory, "model.bin"), request.Parameters.CanonicalJson);
        var metrics = new Dictionary<string, double> { ["val_accuracy"] = value, ["train_accuracy"] = value };
        reporter.Report(new EpochRecord(2, metrics));
        return new TrainingResult(metrics, ParameterCount: 10, ModelFileName: "model.bin");
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, double> Evaluate(TrialParameters parameters, DataSpec data, string modelFile) =>
        new Dictionary<string, double> { ["test_accuracy"] = _objective(parameters) };
}
