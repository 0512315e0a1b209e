using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;
using TrainTasks.Torch.Models;

namespace TrainTasks.Torch.Training;

/// <summary>
/// The training parameters <see cref="TorchTrainer"/> reads from a trial's effective parameters (flat names,
/// as in the spec). A name that is absent takes the value of <see cref="Defaults"/>; names the trainer does
/// not know are ignored.
/// </summary>
/// <param name="Model">architecture, hidden, activation, dropout, channels.</param>
/// <param name="Optimizer"><c>optimizer</c>: <c>sgd</c>, <c>adam</c> or <c>adagrad</c>.</param>
/// <param name="LearningRate"><c>learningRate</c>, above 0.</param>
/// <param name="Momentum"><c>momentum</c> of SGD, in [0, 1).</param>
/// <param name="WeightDecay"><c>weightDecay</c>: L2 penalty, 0 or more; <c>weightDecay * w</c> is
/// added to each gradient before the optimizer steps.</param>
/// <param name="L1"><c>l1</c>: the loss gains <c>l1 × Σ|w|</c> over all weights (not biases), 0 or more.</param>
/// <param name="L2">
/// <c>l2</c>: an explicit L2 penalty; the loss gains <c>l2 × ‖w‖²</c> over all weights (not biases,
/// not the feature scaling), 0 or more. Unlike <paramref name="WeightDecay"/> it is part of the
/// objective, so hypergradients can be taken in it.
/// </param>
/// <param name="BatchSize"><c>batchSize</c>: rows per optimizer step, 1 or more.</param>
/// <param name="Epochs"><c>epochs</c>: passes over the training rows, 1 or more.</param>
/// <param name="Schedule">
/// <c>schedule</c> of the learning rate: <c>constant</c>, or <c>cosine</c>, which lowers it each epoch
/// along a half cosine from <c>learningRate</c> towards 0 (Loshchilov and Hutter, 2017, SGDR, without
/// restarts).
/// </param>
/// <param name="LearningRateAdaptation">
/// <c>learningRateAdaptation</c>: <c>none</c> keeps <c>learningRate</c> (under the schedule);
/// <c>hypergradient</c> starts from it and adapts it at every step by hypergradient descent
/// (see <see cref="Hypergradient.HypergradientDescent"/>), the schedule multiplying the adapted rate.
/// </param>
/// <param name="HypergradientRate">
/// <c>hypergradientRate</c>: β of the adaptation, in [0, 1), the largest change of the log of the
/// rate per step; 0 keeps the rate.
/// </param>
public sealed record TrainingOptions(
    ModelOptions Model,
    string Optimizer,
    double LearningRate,
    double Momentum,
    double WeightDecay,
    double L1,
    int BatchSize,
    int Epochs,
    string Schedule = "constant",
    double L2 = 0.0,
    string LearningRateAdaptation = "none",
    double HypergradientRate = TrainingOptions.DefaultHypergradientRate)
{
    /// <summary>The <see cref="LearningRateAdaptation"/> that adapts the rate by hypergradient descent.</summary>
    public const string HypergradientAdaptation = "hypergradient";

    /// <summary>The default β of the adaptation.</summary>
    public const double DefaultHypergradientRate = 0.05;

    /// <summary>
    /// <c>l2.k</c>: per-layer penalties, by weight layer index from the input side (0 is the first
    /// hidden layer, the last the output layer); layer k's weights carry <c>(l2 + l2.k) × ‖W_k‖²</c>.
    /// Empty when none is set.
    /// </summary>
    public IReadOnlyDictionary<int, double> LayerL2 { get; init; } = new Dictionary<int, double>();

    /// <summary>The penalty coefficient of weight layer <paramref name="layer"/>: <c>l2 + l2.layer</c>.</summary>
    public double L2Of(int layer) => L2 + LayerL2.GetValueOrDefault(layer);

    /// <summary>Equal when every option is, the per-layer penalties compared by content.</summary>
    public bool Equals(TrainingOptions? other) =>
        other is not null
        && (Model, Optimizer, LearningRate, Momentum, WeightDecay, L1, BatchSize, Epochs, Schedule, L2)
            == (other.Model, other.Optimizer, other.LearningRate, other.Momentum, other.WeightDecay, other.L1,
                other.BatchSize, other.Epochs, other.Schedule, other.L2)
        && LayerL2.Count == other.LayerL2.Count
        && LayerL2.All(pair => other.LayerL2.TryGetValue(pair.Key, out var value) && value == pair.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Model, Optimizer, LearningRate, BatchSize, Epochs, L2);

    /// <summary>
    /// The learning rate for <paramref name="epoch"/> (from 1) under <see cref="Schedule"/>: the
    /// cosine schedule gives <c>learningRate × (1 + cos(π (epoch − 1) / epochs)) / 2</c>.
    /// </summary>
    public double LearningRateAt(int epoch) => Schedule == "cosine"
        ? LearningRate * 0.5 * (1 + Math.Cos(Math.PI * (epoch - 1) / Epochs))
        : LearningRate;

    /// <summary>
    /// The defaults: an MLP with one hidden layer of 128 ReLU units and no dropout (CNN channels 16 and 32),
    /// Adam with learning rate 0.001, no momentum, no weight decay, no L1, batches of 64, 5 epochs.
    /// </summary>
    public static TrainingOptions Defaults { get; } = new(
        new ModelOptions("mlp", [128], "relu", 0.0, [16, 32]),
        Optimizer: "adam",
        LearningRate: 1e-3,
        Momentum: 0.0,
        WeightDecay: 0.0,
        L1: 0.0,
        BatchSize: 64,
        Epochs: 5);

    // The numbers without a bound of their own reach TorchSharp in single precision, whose largest
    // value is the one bound they have; it is itself allowed.
    private const double Single = BuiltInParameter.SinglePrecisionMaximum;
    private const string AtMostSingle = " and at most 3.4028234663852886E+38 (single precision)";
    private const string ZeroOrMore = "must be 0 or more" + AtMostSingle;
    private const string AboveZero = "must be above 0" + AtMostSingle;

    private static readonly string[] s_architectures = ["mlp", "cnn", "linear"];
    private static readonly string[] s_activations = ["relu", "tanh", "gelu"];
    private static readonly string[] s_optimizers = ["sgd", "adam", "adagrad"];
    private static readonly string[] s_schedules = ["constant", "cosine"];
    private static readonly string[] s_adaptations = ["none", HypergradientAdaptation];

    /// <summary>Reads the options from <paramref name="parameters"/>, with <see cref="Defaults"/> for
    /// absent names.</summary>
    /// <exception cref="TrainTasksException">TT4040: a value has the wrong type or lies outside its range.</exception>
    public static TrainingOptions From(TrialParameters parameters)
    {
        var reader = new Reader(parameters);
        var model = new ModelOptions(
            reader.Choice("architecture", Defaults.Model.Architecture, s_architectures),
            reader.Sizes("hidden", Defaults.Model.Hidden, allowEmpty: true),
            reader.Choice("activation", Defaults.Model.Activation, s_activations),
            reader.Number("dropout", Defaults.Model.Dropout, 0, 1, "must be in [0, 1)"),
            reader.Sizes("channels", Defaults.Model.Channels, allowEmpty: false, count: 2));
        return new TrainingOptions(
            model,
            reader.Choice("optimizer", Defaults.Optimizer, s_optimizers),
            reader.Number("learningRate", Defaults.LearningRate, double.Epsilon, Single, AboveZero),
            reader.Number("momentum", Defaults.Momentum, 0, 1, "must be in [0, 1)"),
            reader.Number("weightDecay", Defaults.WeightDecay, 0, Single, ZeroOrMore),
            reader.Number("l1", Defaults.L1, 0, Single, ZeroOrMore),
            reader.Count("batchSize", Defaults.BatchSize),
            reader.Count("epochs", Defaults.Epochs),
            reader.Choice("schedule", Defaults.Schedule, s_schedules),
            reader.Number("l2", Defaults.L2, 0, Single, ZeroOrMore),
            reader.Choice("learningRateAdaptation", Defaults.LearningRateAdaptation, s_adaptations),
            reader.Number("hypergradientRate", Defaults.HypergradientRate, 0, 1, "must be in [0, 1)"))
        {
            LayerL2 = ReadLayerL2(reader, parameters),
        };
    }

    private static Dictionary<int, double> ReadLayerL2(Reader reader, TrialParameters parameters)
    {
        var penalties = new Dictionary<int, double>();
        foreach (var name in parameters.Keys)
        {
            if (BuiltInParameters.TryParseLayerL2(name, out var layer))
            {
                penalties[layer] = reader.Number(name, 0.0, 0, Single, ZeroOrMore);
            }
        }

        return penalties;
    }

    private sealed class Reader(TrialParameters parameters)
    {
        public string Choice(string name, string fallback, string[] allowed)
        {
            if (!parameters.TryGetValue(name, out var value))
            {
                return fallback;
            }

            return Try(() => value.AsString()) is { } text && allowed.Contains(text)
                ? text
                : throw Bad(name, value, $"allowed values are {string.Join(", ", allowed.Select(a => $"\"{a}\""))}");
        }

        public double Number(string name, double fallback, double low, double high, string rule)
        {
            if (!parameters.TryGetValue(name, out var value))
            {
                return fallback;
            }

            var number = value.IsNumber ? value.AsDouble() : double.NaN;
            var belowHigh = number < high || (high == Single && number == Single);
            return number >= low && belowHigh ? number : throw Bad(name, value, rule);
        }

        public int Count(string name, int fallback)
        {
            if (!parameters.TryGetValue(name, out var value))
            {
                return fallback;
            }

            var number = value.IsNumber ? value.AsDouble() : double.NaN;
            return number >= 1 && number <= int.MaxValue && number == Math.Floor(number)
                ? (int)number
                : throw Bad(name, value, "must be a whole number, 1 or more");
        }

        public IReadOnlyList<int> Sizes(string name, IReadOnlyList<int> fallback, bool allowEmpty, int? count = null)
        {
            if (!parameters.TryGetValue(name, out var value))
            {
                return fallback;
            }

            var sizes = Try(() => value.AsInt64List());
            var fits = sizes is not null && sizes.All(size => size is >= 1 and <= 1 << 20)
                && (allowEmpty || sizes.Count > 0) && (count is null || sizes.Count == count);
            var rule = count is null
                ? "must be a list of whole numbers from 1"
                : $"must be a list of {count} whole numbers from 1";
            return fits ? sizes!.Select(size => (int)size).ToArray() : throw Bad(name, value, rule);
        }

        private static T? Try<T>(Func<T> read)
            where T : class
        {
            try
            {
                return read();
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }

        private static TrainTasksException Bad(string name, ParameterValue value, string rule) =>
            new(Messages.Training_BadParameter(name, value.CanonicalJson, rule));
    }
}
