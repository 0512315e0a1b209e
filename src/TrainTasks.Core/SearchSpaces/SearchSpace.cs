using System.Numerics;
using System.Runtime.CompilerServices;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.SearchSpaces;

/// <summary>The searched parameters of a sweep, in the order the spec declares them.</summary>
/// <param name="Parameters">
/// The parameter definitions; names are unique. A parameter with a condition
/// (<see cref="ParameterDefinition.When"/>) is active only while its parent, a categorical
/// parameter of the same space, is active and takes one of the condition's choices; conditions
/// form a tree (chains allowed, no cycles).
/// </param>
/// <remarks>
/// A configuration gives every active parameter a value and leaves every inactive one absent, so
/// two trials that differ only in a value their configuration ignores are one configuration.
/// </remarks>
public sealed record SearchSpace(IReadOnlyList<ParameterDefinition> Parameters)
{
    // Keyed by the parameter list rather than held in a field, so that record equality and
    // 'with' copies behave as they do for the plain list.
    private static readonly ConditionalWeakTable<IReadOnlyList<ParameterDefinition>, ConditionTree> s_trees = [];

    /// <summary>Whether every parameter is finite, so the space is a grid.</summary>
    public bool IsFinite => Parameters.All(parameter => parameter.IsFinite);

    /// <summary>Whether some parameter is active only under a choice of another.</summary>
    /// <exception cref="ArgumentException">The conditions do not form a tree of the space's parameters.</exception>
    public bool IsConditional => Tree.IsConditional;

    /// <summary>
    /// The parameters with every parent before its children, otherwise in declared order: the
    /// order in which a sampler decides values, so it knows which children are active.
    /// </summary>
    public IReadOnlyList<ParameterDefinition> InDependencyOrder => Tree.DependencyOrder;

    /// <summary>
    /// The number of valid configurations; null when a parameter is continuous. Without conditions
    /// it is the product of the parameters' grid counts; a parameter that is active only under some
    /// choices of its parent multiplies only the configurations with those choices. A space
    /// without parameters has exactly one, empty, configuration.
    /// </summary>
    public BigInteger? Cardinality => IsFinite ? Tree.CountOf(Tree.Roots) : null;

    private ConditionTree Tree => s_trees.GetValue(Parameters, parameters => new ConditionTree(parameters));

    /// <summary>
    /// Whether <paramref name="parameter"/> is active under <paramref name="assignment"/>: it has no
    /// condition, or its parent is active and assigned one of the condition's choices. A parameter
    /// whose parent has no value in a partial assignment is not active (yet), nor is a parameter
    /// outside the space.
    /// </summary>
    public bool IsActive(ParameterDefinition parameter, TrialParameters assignment)
    {
        var tree = Tree;
        for (var index = tree.IndexOf(parameter.Name); index >= 0; index = tree.ParentOf(index))
        {
            var definition = Parameters[index];
            if (definition.When is not { } condition)
            {
                return true;
            }

            if (!assignment.TryGetValue(condition.Parent, out var value) || !condition.IsMetBy(value))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The parameters active under <paramref name="assignment"/>, in declared order.</summary>
    public IReadOnlyList<ParameterDefinition> ActiveParameters(TrialParameters assignment) =>
        Parameters.Where(parameter => IsActive(parameter, assignment)).ToArray();

    /// <summary>
    /// Whether <paramref name="parameters"/> is a configuration of the space: every active
    /// parameter has a value it may take, and no inactive one has a value. Names outside the
    /// space are ignored.
    /// </summary>
    public bool Contains(TrialParameters parameters)
    {
        if (!IsConditional)
        {
            return Parameters.All(definition =>
                parameters.TryGetValue(definition.Name, out var value) && definition.Contains(value));
        }

        return Parameters.All(definition => IsActive(definition, parameters)
            ? parameters.TryGetValue(definition.Name, out var value) && definition.Contains(value)
            : !parameters.ContainsKey(definition.Name));
    }

    /// <summary>
    /// Keeps only the values of the space's parameters that are active under
    /// <paramref name="parameters"/>, so a trial's configuration compares equal to another's
    /// whatever values the inactive parameters were given.
    /// </summary>
    public TrialParameters Restrict(TrialParameters parameters)
    {
        var conditional = IsConditional;
        var kept = Parameters
            .Where(definition => parameters.ContainsKey(definition.Name)
                && (!conditional || IsActive(definition, parameters)))
            .Select(definition => definition.Name)
            .ToHashSet(StringComparer.Ordinal);
        return kept.Count == parameters.Count
            ? parameters
            : new TrialParameters(parameters.Where(pair => kept.Contains(pair.Key)));
    }

    /// <summary>
    /// <paramref name="parameters"/> without the values of the space's parameters that they leave
    /// inactive; other names are kept. Without conditions the parameters are returned as they are.
    /// </summary>
    public TrialParameters WithoutInactive(TrialParameters parameters)
    {
        if (!IsConditional)
        {
            return parameters;
        }

        var inactive = Parameters
            .Where(definition => parameters.ContainsKey(definition.Name) && !IsActive(definition, parameters))
            .Select(definition => definition.Name)
            .ToHashSet(StringComparer.Ordinal);
        return inactive.Count == 0
            ? parameters
            : new TrialParameters(parameters.Where(pair => !inactive.Contains(pair.Key)));
    }

    /// <summary>
    /// The grid point at <paramref name="index"/> in grid order: the index read as a number
    /// whose digits are the parameters' grid indexes, the last parameter varying fastest. Under
    /// conditions, a parent's digit runs over its choices with the configurations each choice
    /// opens (its active children's points) in turn, so only valid configurations are counted.
    /// </summary>
    /// <exception cref="InvalidOperationException">The space is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the grid.</exception>
    public TrialParameters GridPointAt(BigInteger index)
    {
        var cardinality = Cardinality
            ?? throw new InvalidOperationException("The space has a continuous parameter, so it has no grid.");
        if (index < 0 || index >= cardinality)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The grid has {cardinality} points.");
        }

        var values = new List<KeyValuePair<string, ParameterValue>>(Parameters.Count);
        FillForest(Tree.Roots, index, values);
        return new TrialParameters(values);
    }

    /// <summary>Every grid point in grid order (see <see cref="GridPointAt"/>).</summary>
    /// <exception cref="InvalidOperationException">The space is not finite.</exception>
    public IEnumerable<TrialParameters> EnumerateGrid()
    {
        var cardinality = Cardinality
            ?? throw new InvalidOperationException("The space has a continuous parameter, so it has no grid.");
        return Enumerate(cardinality);
    }

    private IEnumerable<TrialParameters> Enumerate(BigInteger cardinality)
    {
        for (var index = BigInteger.Zero; index < cardinality; index++)
        {
            yield return GridPointAt(index);
        }
    }

    private void FillForest(
        IReadOnlyList<int> forest,
        BigInteger index,
        List<KeyValuePair<string, ParameterValue>> values)
    {
        for (var position = forest.Count - 1; position >= 0; position--)
        {
            var count = Tree.CountOf(forest[position]);
            FillNode(forest[position], index % count, values);
            index /= count;
        }
    }

    private void FillNode(int node, BigInteger digit, List<KeyValuePair<string, ParameterValue>> values)
    {
        var definition = Parameters[node];
        if (!Tree.HasChildren(node))
        {
            values.Add(new(definition.Name, definition.GridValueAt((long)digit)));
            return;
        }

        var choices = ((CategoricalParameter)definition).Choices;
        for (var choice = 0; choice < choices.Count; choice++)
        {
            var opened = Tree.Opened(node, choice);
            var count = Tree.CountOf(opened);
            if (digit < count)
            {
                values.Add(new(definition.Name, choices[choice]));
                FillForest(opened, digit, values);
                return;
            }

            digit -= count;
        }
    }
}
