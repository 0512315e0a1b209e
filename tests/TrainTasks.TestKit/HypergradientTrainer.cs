using TrainTasks.Core.Specs;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;

namespace TrainTasks.TestKit;

/// <summary>
/// A trainer without TorchSharp whose validation loss and hypergradients come from a closed form
/// given by the test, such as ridge regression's. It returns <c>val_loss</c> and, for each name
/// the request asks for, <c>hypergrad.&lt;name&gt;</c>.
/// </summary>
public sealed class HypergradientTrainer : ITrainer
{
    private readonly Func<TrialParameters, double> _loss;
    private readonly Func<TrialParameters, string, double> _hypergradient;

    /// <summary>Makes the trainer.</summary>
    /// <param name="loss">The validation loss at the effective parameters.</param>
    /// <param name="hypergradient">d(loss)/d(parameter) at the effective parameters, for a parameter name.</param>
    public HypergradientTrainer(
        Func<TrialParameters, double> loss,
        Func<TrialParameters, string, double> hypergradient)
    {
        _loss = loss;
        _hypergradient = hypergradient;
    }

    /// <summary>Every request <see cref="Train"/> received, in order.</summary>
    public List<TrainingRequest> Requests { get; } = [];

    /// <summary>When true for the parameters, every hypergradient is NaN.</summary>
    public Func<TrialParameters, bool> NaNWhen { get; set; } = _ => false;

    /// <inheritdoc />
    public TrainerIdentity Identity { get; } = new("closed-form", "1");

    /// <summary>
    /// Ridge regression on <paramref name="problem"/> with the L2 penalty λ read from
    /// <paramref name="parameter"/>: <c>val_loss</c> is the validation MSE of the closed-form
    /// weights and the hypergradient is its derivative in λ.
    /// </summary>
    public static HypergradientTrainer Ridge(RidgeProblem problem, string parameter = "l2") => new(
        parameters => RidgeClosedForm.ValidationMse(problem, parameters[parameter].AsDouble()),
        (parameters, name) => name == parameter
            ? RidgeClosedForm.ValidationMseDerivative(problem, parameters[parameter].AsDouble())
            : 0);

    /// <inheritdoc />
    public void LoadData(DataSpec data)
    {
    }

    /// <inheritdoc />
    public TrainingResult Train(TrainingRequest request, IReporter reporter, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        var loss = _loss(request.Parameters);
        var metrics = new Dictionary<string, double> { ["val_loss"] = loss, ["train_loss"] = loss };
        foreach (var name in request.Hypergradients)
        {
            metrics[HypergradientMetrics.NameOf(name)] = NaNWhen(request.Parameters)
                ? double.NaN
                : _hypergradient(request.Parameters, name);
        }

        reporter.Report(new EpochRecord(1, new Dictionary<string, double> { ["val_loss"] = loss }));
        File.WriteAllText(Path.Combine(request.ArtifactDirectory, "model.bin"), request.Parameters.CanonicalJson);
        return new TrainingResult(metrics, ParameterCount: 10, ModelFileName: "model.bin");
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, double> Evaluate(TrialParameters parameters, DataSpec data, string modelFile) =>
        new Dictionary<string, double> { ["test_loss"] = _loss(parameters) };
}
