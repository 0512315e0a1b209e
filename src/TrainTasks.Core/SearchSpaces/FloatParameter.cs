namespace TrainTasks.Core.SearchSpaces;

/// <summary>A real-valued parameter in [<paramref name="Low"/>, <paramref name="High"/>].</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Low">Lower bound, included.</param>
/// <param name="High">Upper bound, included.</param>
/// <param name="Log">Sample uniformly in the logarithm; needs <paramref name="Low"/> above 0.</param>
/// <param name="Step">Values are <c>Low + k * Step</c>; null for a continuous range.</param>
/// <remarks>
/// A range whose bounds are equal holds one value, with or without a step: it is finite, with a
/// grid of that one point, so a sampler says the space is exhausted once it has been tried rather
/// than proposing it again.
/// </remarks>
public sealed record FloatParameter(string Name, double Low, double High, bool Log = false, double? Step = null)
    : ParameterDefinition(Name)
{
    /// <summary>Finite when the parameter has a step or its range is one point.</summary>
    public override bool IsFinite => Step is not null || IsSinglePoint;

    /// <summary>Whether the bounds are equal, so <see cref="Low"/> is the only value.</summary>
    public bool IsSinglePoint => Low == High;

    /// <summary>
    /// The number of points <c>Low + k * Step</c> in the range (see <see cref="StepGrid"/>); 1 for a
    /// range of one point.
    /// </summary>
    /// <inheritdoc />
    public override long GridCount => Step is { } step ? StepGrid.Count(Low, High, step) : SinglePointCount();

    /// <summary>
    /// Whether <paramref name="value"/> is a number in the range and, with a step, on the step
    /// (within <see cref="StepGrid.Tolerance"/>).
    /// </summary>
    public override bool Contains(ParameterValue value)
    {
        if (!value.IsNumber)
        {
            return false;
        }

        var number = value.AsDouble();
        if (Step is not { } step)
        {
            return number >= Low && number <= High;
        }

        return StepGrid.IndexOf(Low, High, step, number) >= 0;
    }

    /// <inheritdoc />
    public override ParameterValue GridValueAt(long index)
    {
        CheckGridIndex(index);
        return Step is { } step
            ? ParameterValue.FromDouble(StepGrid.ValueAt(Low, High, step, index))
            : ParameterValue.FromDouble(Low);
    }

    private long SinglePointCount() => IsSinglePoint
        ? 1
        : throw new InvalidOperationException(
            $"Float parameter '{Name}' has no step, so it has no grid; give it a step.");
}
