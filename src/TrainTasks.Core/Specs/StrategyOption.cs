namespace TrainTasks.Core.Specs;

/// <summary>One option a search strategy accepts in the spec's <c>strategy</c> object.</summary>
/// <param name="Name">The key, such as <c>startupTrials</c>.</param>
/// <param name="Kind">
/// <see cref="BuiltInParameterKind.Int"/>, <see cref="BuiltInParameterKind.Float"/> for a real number, or
/// <see cref="BuiltInParameterKind.Choice"/> for a boolean.
/// </param>
/// <param name="Minimum">Smallest allowed value of a numeric option.</param>
/// <param name="Maximum">Largest allowed value of a numeric option.</param>
/// <param name="Default">The value when the spec does not set it (a flag: 0 or 1).</param>
/// <param name="Meaning">What it does, for the schema and the docs.</param>
public sealed record StrategyOption(
    string Name,
    BuiltInParameterKind Kind,
    double Minimum,
    double Maximum,
    double Default,
    string Meaning)
{
    /// <summary>An integer option in [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    public static StrategyOption Integer(string name, long minimum, long maximum, long fallback, string meaning) =>
        new(name, BuiltInParameterKind.Int, minimum, maximum, fallback, meaning);

    /// <summary>A real-number option in [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    public static StrategyOption Real(string name, double minimum, double maximum, double fallback, string meaning) =>
        new(name, BuiltInParameterKind.Float, minimum, maximum, fallback, meaning);

    /// <summary>Whether the option is a true/false flag.</summary>
    public bool IsFlag => Kind == BuiltInParameterKind.Choice;

    /// <summary>A true/false option.</summary>
    public static StrategyOption Flag(string name, bool fallback, string meaning) =>
        new(name, BuiltInParameterKind.Choice, 0, 1, fallback ? 1 : 0, meaning);
}
