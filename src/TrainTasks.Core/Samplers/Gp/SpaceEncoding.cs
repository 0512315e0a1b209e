using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers.Gp;

/// <summary>
/// Maps configurations to points of the unit cube and back: a number parameter takes one
/// coordinate (its range scaled to [0, 1], in the logarithm for a log parameter), a categorical
/// parameter one coordinate per choice (one-hot). Points are snapped to the nearest value a
/// parameter may take: the step of an integer or stepped float, the largest coordinate of a choice.
/// </summary>
/// <remarks>
/// In a conditional space a parameter that a configuration leaves inactive takes fixed coordinates:
/// <see cref="InactiveCoordinate"/> for a number, all zeros for a choice (equally far from every
/// choice). Two configurations that differ only in their inactive parameters are then one point,
/// and snapping a point resets the blocks its own choices leave inactive.
/// </remarks>
internal sealed class SpaceEncoding
{
    /// <summary>The coordinate of an inactive number parameter: the middle of the unit interval.</summary>
    public const double InactiveCoordinate = 0.5;

    private readonly SearchSpace _space;
    private readonly int[] _offsets;
    private readonly Dictionary<string, int> _indexes;

    /// <summary>Lays out the coordinates of <paramref name="space"/> in declared order.</summary>
    public SpaceEncoding(SearchSpace space)
    {
        _space = space;
        _offsets = new int[space.Parameters.Count];
        var offset = 0;
        for (var index = 0; index < space.Parameters.Count; index++)
        {
            _offsets[index] = offset;
            offset += space.Parameters[index] is CategoricalParameter categorical ? categorical.Choices.Count : 1;
        }

        Dimensions = offset;
        _indexes = space.Parameters
            .Select((parameter, index) => (parameter.Name, index))
            .ToDictionary(pair => pair.Name, pair => pair.index, StringComparer.Ordinal);
    }

    /// <summary>The number of coordinates.</summary>
    public int Dimensions { get; }

    /// <summary>
    /// The point of a configuration of the space (see <see cref="SearchSpace.Contains"/>); a
    /// parameter without a value takes the inactive coordinates.
    /// </summary>
    public double[] Encode(TrialParameters parameters)
    {
        var point = new double[Dimensions];
        for (var index = 0; index < _space.Parameters.Count; index++)
        {
            var definition = _space.Parameters[index];
            if (!parameters.TryGetValue(definition.Name, out var value))
            {
                SetInactive(point, index);
                continue;
            }

            if (definition is CategoricalParameter categorical)
            {
                point[_offsets[index] + IndexOfChoice(categorical, value)] = 1;
                continue;
            }

            point[_offsets[index]] = Scale(definition, value.AsDouble());
        }

        return point;
    }

    /// <summary>Moves <paramref name="point"/> in place onto the nearest point of a configuration.</summary>
    public void Snap(double[] point)
    {
        for (var index = 0; index < _space.Parameters.Count; index++)
        {
            var offset = _offsets[index];
            switch (_space.Parameters[index])
            {
                case CategoricalParameter categorical:
                    SnapOneHot(point, offset, categorical.Choices.Count);
                    break;
                case IntParameter or FloatParameter { Step: not null }:
                    var definition = _space.Parameters[index];
                    point[offset] = Scale(definition, GridValue(definition, point[offset]));
                    break;
                default:
                    point[offset] = Math.Clamp(point[offset], 0, 1);
                    break;
            }
        }

        if (_space.IsConditional)
        {
            ResetInactive(point);
        }
    }

    /// <summary>The configuration nearest to <paramref name="point"/>.</summary>
    public TrialParameters Decode(double[] point)
    {
        if (_space.IsConditional)
        {
            return DecodeActive(point);
        }

        var values = new KeyValuePair<string, ParameterValue>[_space.Parameters.Count];
        for (var index = 0; index < _space.Parameters.Count; index++)
        {
            var definition = _space.Parameters[index];
            values[index] = new(definition.Name, DecodeValue(definition, point, _offsets[index]));
        }

        return new TrialParameters(values);
    }

    // Parents are decoded before their children, so each child's activity is known when it is reached.
    private TrialParameters DecodeActive(double[] point)
    {
        var values = TrialParameters.Empty;
        foreach (var definition in _space.InDependencyOrder)
        {
            if (_space.IsActive(definition, values))
            {
                var value = DecodeValue(definition, point, _offsets[_indexes[definition.Name]]);
                values = values.With([new(definition.Name, value)]);
            }
        }

        return values;
    }

    private void ResetInactive(double[] point)
    {
        var active = DecodeActive(point);
        for (var index = 0; index < _space.Parameters.Count; index++)
        {
            if (!active.ContainsKey(_space.Parameters[index].Name))
            {
                SetInactive(point, index);
            }
        }
    }

    private void SetInactive(double[] point, int index)
    {
        var offset = _offsets[index];
        if (_space.Parameters[index] is CategoricalParameter categorical)
        {
            Array.Clear(point, offset, categorical.Choices.Count);
            return;
        }

        point[offset] = InactiveCoordinate;
    }

    private static int IndexOfChoice(CategoricalParameter categorical, ParameterValue value)
    {
        for (var choice = 0; choice < categorical.Choices.Count; choice++)
        {
            if (categorical.Choices[choice].Equals(value))
            {
                return choice;
            }
        }

        throw new ArgumentException(
            $"Value {value} is not a choice of parameter '{categorical.Name}'.",
            nameof(value));
    }

    private static ParameterValue DecodeValue(ParameterDefinition definition, double[] point, int offset)
    {
        if (definition is CategoricalParameter categorical)
        {
            return categorical.Choices[ArgMax(point, offset, categorical.Choices.Count)];
        }

        // A float range of one point is finite but has no step to round to; it decodes as continuous.
        if (definition.IsFinite && definition is not FloatParameter { Step: null })
        {
            return definition.GridValueAt(GridIndex(definition, point[offset]));
        }

        // The bounds themselves are returned exactly: exp(log(low)) can differ from low in its last bit.
        var floating = (FloatParameter)definition;
        var coordinate = point[offset];
        var value = coordinate <= 0 ? floating.Low
            : coordinate >= 1 ? floating.High
            : Math.Clamp(Unscale(floating, coordinate), floating.Low, floating.High);
        return ParameterValue.FromDouble(value);
    }

    private static void SnapOneHot(double[] point, int offset, int count)
    {
        var chosen = ArgMax(point, offset, count);
        for (var choice = 0; choice < count; choice++)
        {
            point[offset + choice] = choice == chosen ? 1 : 0;
        }
    }

    private static int ArgMax(double[] point, int offset, int count)
    {
        var best = 0;
        for (var choice = 1; choice < count; choice++)
        {
            if (point[offset + choice] > point[offset + best])
            {
                best = choice;
            }
        }

        return best;
    }

    private static double GridValue(ParameterDefinition definition, double coordinate)
    {
        var (low, _, step) = Bounds(definition);
        return low + (GridIndex(definition, coordinate) * step);
    }

    private static long GridIndex(ParameterDefinition definition, double coordinate)
    {
        var (low, _, step) = Bounds(definition);
        var index = (long)Math.Round((Unscale(definition, Math.Clamp(coordinate, 0, 1)) - low) / step);
        return Math.Clamp(index, 0, definition.GridCount - 1);
    }

    private static double Scale(ParameterDefinition definition, double value)
    {
        var (low, high, _) = Bounds(definition);
        if (high <= low)
        {
            return 0;
        }

        return IsLog(definition)
            ? (Math.Log(value) - Math.Log(low)) / (Math.Log(high) - Math.Log(low))
            : (value - low) / (high - low);
    }

    private static double Unscale(ParameterDefinition definition, double coordinate)
    {
        var (low, high, _) = Bounds(definition);
        return IsLog(definition)
            ? Math.Exp(Math.Log(low) + (coordinate * (Math.Log(high) - Math.Log(low))))
            : low + (coordinate * (high - low));
    }

    private static bool IsLog(ParameterDefinition definition) =>
        definition is FloatParameter { Log: true } or IntParameter { Log: true };

    private static (double Low, double High, double Step) Bounds(ParameterDefinition definition) =>
        definition switch
        {
            FloatParameter floating => (floating.Low, floating.High, floating.Step ?? 0),
            IntParameter integer => (integer.Low, integer.High, integer.Step),
            _ => throw new ArgumentException(
                $"Parameter '{definition.Name}' is not a number parameter.",
                nameof(definition)),
        };
}
