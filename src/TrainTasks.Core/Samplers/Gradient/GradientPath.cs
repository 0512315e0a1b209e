using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers.Gradient;

/// <summary>
/// The path of the gradient strategy, replayed from a study's history: what it made of each
/// finished trial, and the next point to try or the reason to stop. Nothing but the space, the
/// starting values, the options and the history decides it, so a resumed study continues the
/// path an uninterrupted one would have taken.
/// </summary>
/// <remarks>
/// <para>
/// Each trial is one outer step: the trainer trains with the current hyperparameters and
/// returns the hypergradient of the validation loss, d(val_loss)/dλ, computed by implicit
/// differentiation (Lorraine, Vicol and Duvenaud, 2020, "Optimizing Millions of
/// Hyperparameters by Implicit Differentiation", AISTATS, https://arxiv.org/abs/1911.02590)
/// or by differentiating through training (Maclaurin, Duvenaud and Adams, 2015,
/// "Gradient-based Hyperparameter Optimization through Reversible Learning", ICML,
/// https://arxiv.org/abs/1502.03492). Unlike those papers, which take many cheap
/// hyperparameter steps during one training, every step here is a whole training, so each
/// result is a trial that is cached, reported and resumed like any other.
/// </para>
/// <para>
/// The hypergradient is turned into a derivative along each parameter's coordinate (see
/// <see cref="GradientAxis"/>), shortened to at most <see cref="GradientOptions.Clip"/> times
/// the root-mean-square norm of the earlier ones (a single spike would otherwise inflate
/// Adam's second moment and freeze the steps after it), and fed to Adam (Kingma and Ba, 2015);
/// the step is clamped into the space's bounds.
/// </para>
/// <para>
/// A trial that failed, or came out worse than the last accepted point, is rejected: its
/// hypergradient is not used, the rate is halved for the rest of the study, and the next point
/// is the last accepted point stepped again with Adam's unchanged moments. This is backtracking
/// in the manner of the "bold driver" rule (Vogl et al., 1988, "Accelerating the convergence of
/// the back-propagation method", Biological Cybernetics 59), without its growth on success.
/// Without it, Adam's momentum carries the path past a narrow minimum and away from it.
/// The path stops when <see cref="GradientOptions.Patience"/> steps in a row are shorter than
/// <see cref="GradientOptions.Tolerance"/>, which also ends a path pinned against a bound.
/// </para>
/// </remarks>
public sealed class GradientPath
{
    private GradientPath(IReadOnlyList<GradientStep> steps, TrialParameters? next, string? stopReason)
    {
        Steps = steps;
        Next = next;
        StopReason = stopReason;
    }

    /// <summary>What the strategy made of each finished trial, in trial order; running trials are skipped.</summary>
    public IReadOnlyList<GradientStep> Steps { get; }

    /// <summary>The next point to try; null when the path has stopped.</summary>
    public TrialParameters? Next { get; }

    /// <summary>Why the path stopped; null while it goes on.</summary>
    public string? StopReason { get; }

    /// <summary>Replays <paramref name="history"/> from the starting values.</summary>
    /// <param name="space">The space; every parameter a float without a step.</param>
    /// <param name="fixedParameters">The spec's fixed values, where the path starts.</param>
    /// <param name="options">The strategy's options.</param>
    /// <param name="history">The study's trials in number order.</param>
    public static GradientPath Replay(
        SearchSpace space,
        TrialParameters fixedParameters,
        GradientOptions options,
        IReadOnlyList<Trial> history)
    {
        var axes = GradientAxis.Of(space);
        var start = axes
            .Select(axis => axis.StartValue(fixedParameters.TryGetValue(axis.Name, out var value) ? value : null))
            .ToArray();
        var walk = new Walk(axes, options);
        foreach (var trial in history.Where(trial => trial.IsFinished))
        {
            if (!walk.Take(trial))
            {
                return new GradientPath(walk.Steps, null, StartFailedReason(trial, axes));
            }
        }

        if (walk.Steps.Count == 0)
        {
            return new GradientPath(walk.Steps, Parameters(axes, start), null);
        }

        return walk.ShortSteps >= options.Patience
            ? new GradientPath(walk.Steps, null, ConvergedReason(options))
            : new GradientPath(walk.Steps, Parameters(axes, walk.Next), null);
    }

    private static TrialParameters Parameters(IReadOnlyList<GradientAxis> axes, double[] values) =>
        new(axes.Select((axis, i) => new KeyValuePair<string, ParameterValue>(
            axis.Name, ParameterValue.FromDouble(values[i]))));

    private static string StartFailedReason(Trial trial, IReadOnlyList<GradientAxis> axes)
    {
        var cause = trial.FailureReason
            ?? HypergradientMetrics.Problem(trial.Metrics, axes.Select(axis => axis.Name))
            ?? $"its state is {trial.State.ToString().ToLowerInvariant()}";
        return $"the starting point (trial {trial.Number}) gave no usable hypergradient ({cause}), so there is "
            + "no direction to follow";
    }

    private static string ConvergedReason(GradientOptions options) =>
        $"the path converged: {options.Patience} steps in a row were shorter than the tolerance "
        + $"{options.Tolerance.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} in log units";

    // The replay's state: the last accepted point, Adam's moments after it, and the rate scale.
    private sealed class Walk(IReadOnlyList<GradientAxis> axes, GradientOptions options)
    {
        private double[]? _anchor;
        private double _anchorValue;
        private AdamMoments _moments = AdamMoments.Empty(axes.Count);
        private double _rateScale = 1;

        public List<GradientStep> Steps { get; } = [];

        public double[] Next { get; private set; } = [];

        public int ShortSteps { get; private set; }

        // Takes one finished trial; false when it is the first and gives nothing to follow.
        public bool Take(Trial trial)
        {
            var values = axes.Select(axis => axis.ValueIn(trial.Parameters)).ToArray();
            var gradient = CoordinateGradient(trial, values);
            GradientStepOutcome outcome;
            if (gradient is not null && (_anchor is null || trial.Value!.Value <= _anchorValue))
            {
                _moments = _moments.Update(Clip(gradient), options);
                _anchor = values.Select((value, i) => axes[i].ToCoordinate(value)).ToArray();
                _anchorValue = trial.Value!.Value;
                outcome = GradientStepOutcome.Accepted;
            }
            else if (_anchor is null)
            {
                return false;
            }
            else
            {
                _rateScale /= 2;
                outcome = gradient is null ? GradientStepOutcome.Failed : GradientStepOutcome.Worse;
            }

            var length = StepFromAnchor();
            ShortSteps = length < options.Tolerance ? ShortSteps + 1 : 0;
            Steps.Add(new GradientStep(trial.Number, outcome, length, _rateScale));
            return true;
        }

        // The derivative along each axis, or null when the trial has no finite hypergradient.
        private double[]? CoordinateGradient(Trial trial, double[] values)
        {
            var names = axes.Select(axis => axis.Name);
            if (trial.State != TrialState.Complete
                || trial.Value is not { } value
                || !double.IsFinite(value)
                || HypergradientMetrics.Problem(trial.Metrics, names) is not null)
            {
                return null;
            }

            return axes.Select((axis, i) => axis.ToCoordinateDerivative(
                    trial.Metrics[HypergradientMetrics.NameOf(axis.Name)], values[i]))
                .ToArray();
        }

        private double[] Clip(double[] gradient)
        {
            var limit = options.Clip * _moments.RootMeanSquareNorm(options);
            var norm = Math.Sqrt(gradient.Sum(component => component * component));
            if (_moments.Steps == 0 || norm <= limit)
            {
                return gradient;
            }

            return gradient.Select(component => component * limit / norm).ToArray();
        }

        // Sets Next to the anchor stepped downhill and clamped; returns the step's length.
        private double StepFromAnchor()
        {
            var direction = _moments.Direction(options);
            var rate = options.Rate * _rateScale;
            var lengthSquared = 0.0;
            Next = new double[axes.Count];
            for (var i = 0; i < axes.Count; i++)
            {
                var target = Math.Clamp(_anchor![i] - (rate * direction[i]), axes[i].Low, axes[i].High);
                lengthSquared += (target - _anchor[i]) * (target - _anchor[i]);
                Next[i] = axes[i].ToValue(target);
            }

            return Math.Sqrt(lengthSquared);
        }
    }
}
