namespace TrainTasks.Core.SearchSpaces;

/// <summary>A real-valued parameter in [<paramref name="Low"/>, <paramref name="High"/>].</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Low">Lower bound, included.</param>
/// <param name="High">Upper bound, included.</param>
/// <param name="Log">Sample uniformly in the logarithm; needs <paramref name="Low"/> above 0.</param>
/// <param name="Step">Values are <c>Low + k * Step</c>; null for a continuous range.</param>
public sealed record FloatParameter(string Name, double Low, double High, bool Log = false, double? Step = null)
    : ParameterDefinition(Name)
{
    /// <summary>Finite when the parameter has a step.</summary>
    public override bool IsFinite => Step is not null;

    /// <summary>The number of points <c>Low + k * Step</c> in the range (see <see cref="StepGrid"/>).</summary>
    /// <inheritdoc />
    public override long GridCount => StepGrid.Count(Low, High, RequireStep());

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
        return ParameterValue.FromDouble(StepGrid.ValueAt(Low, High, RequireStep(), index));
    }

    private double RequireStep() => Step
        ?? throw new InvalidOperationException(
            $"Float parameter '{Name}' has no step, so it has no grid; give it a step.");
}
