namespace TrainTasks.Core.SearchSpaces;

/// <summary>An integer parameter in [<paramref name="Low"/>, <paramref name="High"/>].</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Low">Lower bound, included.</param>
/// <param name="High">Upper bound, included.</param>
/// <param name="Step">Values are <c>Low + k * Step</c>.</param>
/// <param name="Log">Sample uniformly in the logarithm; needs <paramref name="Low"/> above 0 and a step of 1.</param>
public sealed record IntParameter(string Name, long Low, long High, long Step = 1, bool Log = false)
    : ParameterDefinition(Name)
{
    /// <summary>Always true: an integer range is finite.</summary>
    public override bool IsFinite => true;

    /// <summary>The number of values <c>Low + k * Step</c> up to <c>High</c>.</summary>
    public override long GridCount => checked(((High - Low) / Step) + 1);

    /// <summary>Whether <paramref name="value"/> is an integer in the range and on the step.</summary>
    public override bool Contains(ParameterValue value)
    {
        if (!value.IsNumber)
        {
            return false;
        }

        var number = value.AsDouble();
        if (number != Math.Floor(number) || number < Low || number > High)
        {
            return false;
        }

        return ((long)number - Low) % Step == 0;
    }

    /// <inheritdoc />
    public override ParameterValue GridValueAt(long index)
    {
        CheckGridIndex(index);
        return ParameterValue.FromInt64(Low + (index * Step));
    }
}
