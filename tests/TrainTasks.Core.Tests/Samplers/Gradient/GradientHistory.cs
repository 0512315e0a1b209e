using TrainTasks.Core.Samplers;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Samplers.Gradient;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Samplers.Gradient;

/// <summary>
/// Drives a <see cref="GradientSampler"/> by hand over one log-range parameter, with the loss and
/// its derivative in the parameter's units given by the test, and records the trials it makes.
/// </summary>
internal sealed class GradientHistory
{
    public const string Name = "l2";

    private readonly Func<double, (double Loss, double Derivative)> _objective;

    public GradientHistory(
        Func<double, (double Loss, double Derivative)> objective,
        double low = 1e-6,
        double high = 1e3,
        bool log = true)
    {
        _objective = objective;
        Space = new SearchSpace([new FloatParameter(Name, low, high, Log: log)]);
    }

    public SearchSpace Space { get; }

    public List<Trial> Trials { get; } = [];

    public static TrialParameters Start(double value) =>
        new([new KeyValuePair<string, ParameterValue>(Name, ParameterValue.FromDouble(value))]);

    public static double ValueOf(Suggestion suggestion) => suggestion.Parameters![Name].AsDouble();

    /// <summary>Asks the sampler for the next point and records its trial: complete, or failed when told.</summary>
    public Suggestion Step(GradientSampler sampler, bool fail = false, bool nanHypergradient = false)
    {
        var suggestion = sampler.Suggest(Space, Trials);
        if (suggestion.IsExhausted)
        {
            return suggestion;
        }

        var value = ValueOf(suggestion);
        var (loss, derivative) = _objective(value);
        Trials.Add(new Trial
        {
            Number = Trials.Count,
            State = fail ? TrialState.Failed : TrialState.Complete,
            Parameters = suggestion.Parameters!,
            Fingerprint = $"fp{Trials.Count}",
            Value = fail ? null : loss,
            Metrics = fail
                ? new Dictionary<string, double>()
                : new Dictionary<string, double>
                {
                    ["val_loss"] = loss,
                    [HypergradientMetrics.NameOf(Name)] = nanHypergradient ? double.NaN : derivative,
                },
            FailureReason = fail ? "the loss is NaN at epoch 1" : null,
        });
        return suggestion;
    }
}
