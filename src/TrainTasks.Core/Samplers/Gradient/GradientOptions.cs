using TrainTasks.Core.Specs;

namespace TrainTasks.Core.Samplers.Gradient;

/// <summary>Settings of the <see cref="GradientSampler"/>; the first three come from the spec's strategy.</summary>
/// <param name="Rate">
/// Adam's step size, in log units of the parameters (spec <c>strategy.rate</c>, default 0.5): with a
/// steady gradient each step changes a log-range parameter by a factor of about e^0.5 ≈ 1.65.
/// </param>
/// <param name="Clip">
/// The largest norm a hypergradient may have, as a multiple of the root-mean-square norm of the
/// hypergradients before it (spec <c>strategy.clip</c>, default 10); a longer one is shortened to it.
/// </param>
/// <param name="Tolerance">
/// The search stops when <see cref="Patience"/> steps in a row are shorter than this, in log units
/// (spec <c>strategy.tolerance</c>, default 0.01, a 1 % change of the value); 0 never stops early.
/// </param>
/// <param name="Patience">How many short steps in a row end the search.</param>
/// <param name="Beta1">Decay of Adam's first moment (Kingma and Ba's default).</param>
/// <param name="Beta2">Decay of Adam's second moment (Kingma and Ba's default).</param>
/// <param name="Epsilon">Adam's guard against division by zero.</param>
public sealed record GradientOptions(
    double Rate = 0.5,
    double Clip = 10,
    double Tolerance = 0.01,
    int Patience = 3,
    double Beta1 = 0.9,
    double Beta2 = 0.999,
    double Epsilon = 1e-8)
{
    /// <summary>The options of a spec's <c>strategy</c> object, with the catalog's defaults for the rest.</summary>
    public static GradientOptions FromSpec(IReadOnlyDictionary<string, double> specOptions) => new(
        Rate: StrategyCatalog.ValueOf(StrategyCatalog.GradientStrategy, "rate", specOptions),
        Clip: StrategyCatalog.ValueOf(StrategyCatalog.GradientStrategy, "clip", specOptions),
        Tolerance: StrategyCatalog.ValueOf(StrategyCatalog.GradientStrategy, "tolerance", specOptions));
}
