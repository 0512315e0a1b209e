using System.Numerics;

namespace TrainTasks.Core.SearchSpaces;

/// <summary>
/// The tree the <c>when</c> conditions make of a space's parameters: each parameter's parent,
/// the children each choice of a parent opens, and the number of valid configurations below
/// every node. Built once per parameter list and checked on the way.
/// </summary>
/// <remarks>
/// A parameter without a condition is a root. The configurations of a list of sibling nodes
/// (a forest) are the product of their counts; a categorical node with children counts, for
/// each choice, the configurations of the children that choice opens, and sums them; a node
/// without children counts its grid values. So sgd with three momenta plus adam is 4, not 6.
/// </remarks>
internal sealed class ConditionTree
{
    private const string ParametersArgument = "parameters";

    private readonly IReadOnlyList<ParameterDefinition> _parameters;
    private readonly Dictionary<string, int> _indexes;
    private readonly int[] _parents;
    private readonly int[][][] _opened;
    private BigInteger[]? _counts;

    /// <summary>Reads the conditions of <paramref name="parameters"/>.</summary>
    /// <exception cref="ArgumentException">
    /// A name repeats, or a condition names a missing or non-categorical parent, a value that is not
    /// one of its choices, the parameter itself, or closes a cycle.
    /// </exception>
    public ConditionTree(IReadOnlyList<ParameterDefinition> parameters)
    {
        _parameters = parameters;
        _indexes = IndexNames(parameters);
        _parents = parameters.Select(ParentIndex).ToArray();
        CheckAcyclic();
        _opened = parameters.Select((parameter, index) => parameter is CategoricalParameter categorical
            ? categorical.Choices.Select(choice => ChildrenOpenedBy(index, choice)).ToArray()
            : []).ToArray();
        Roots = Enumerable.Range(0, parameters.Count).Where(index => _parents[index] < 0).ToArray();
        IsConditional = Roots.Count < parameters.Count;
        DependencyOrder = Enumerable.Range(0, parameters.Count)
            .OrderBy(Depth)
            .ThenBy(index => index)
            .Select(index => parameters[index])
            .ToArray();
    }

    /// <summary>Whether any parameter has a condition.</summary>
    public bool IsConditional { get; }

    /// <summary>The indexes of the parameters without a condition, in declared order.</summary>
    public IReadOnlyList<int> Roots { get; }

    /// <summary>The parameters with every parent before its children, otherwise in declared order.</summary>
    public IReadOnlyList<ParameterDefinition> DependencyOrder { get; }

    /// <summary>The index of a parameter by name, or −1.</summary>
    public int IndexOf(string name) => _indexes.TryGetValue(name, out var index) ? index : -1;

    /// <summary>The index of the parent of the parameter at <paramref name="index"/>, or −1 for a root.</summary>
    public int ParentOf(int index) => _parents[index];

    /// <summary>
    /// The children that the choice at <paramref name="choice"/> of the categorical parameter at
    /// <paramref name="index"/> opens, in declared order.
    /// </summary>
    public IReadOnlyList<int> Opened(int index, int choice) => _opened[index][choice];

    /// <summary>Whether the parameter at <paramref name="index"/> opens any child.</summary>
    public bool HasChildren(int index) => _opened[index].Any(children => children.Length > 0);

    /// <summary>The number of valid configurations of the node at <paramref name="index"/> and below it.</summary>
    /// <exception cref="InvalidOperationException">A parameter is continuous.</exception>
    public BigInteger CountOf(int index) => Counts()[index];

    /// <summary>The number of valid configurations of a list of sibling nodes.</summary>
    /// <exception cref="InvalidOperationException">A parameter is continuous.</exception>
    public BigInteger CountOf(IReadOnlyList<int> forest) =>
        forest.Aggregate(BigInteger.One, (product, index) => product * CountOf(index));

    private BigInteger[] Counts()
    {
        if (_counts is not null)
        {
            return _counts;
        }

        // Children come after their parents in dependency order, so counting it backwards sees
        // every child's count before its parent needs it.
        var counts = new BigInteger[_parameters.Count];
        foreach (var parameter in DependencyOrder.Reverse())
        {
            var index = _indexes[parameter.Name];
            counts[index] = HasChildren(index)
                ? _opened[index].Aggregate(BigInteger.Zero, (sum, children) =>
                    sum + children.Aggregate(BigInteger.One, (product, child) => product * counts[child]))
                : parameter.GridCount;
        }

        return _counts = counts;
    }

    private int Depth(int index)
    {
        var depth = 0;
        for (var parent = _parents[index]; parent >= 0; parent = _parents[parent])
        {
            depth++;
        }

        return depth;
    }

    private static Dictionary<string, int> IndexNames(IReadOnlyList<ParameterDefinition> parameters)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < parameters.Count; index++)
        {
            if (!indexes.TryAdd(parameters[index].Name, index))
            {
                throw new ArgumentException(
                    $"Parameter '{parameters[index].Name}' appears twice; names in a space must be unique.",
                    ParametersArgument);
            }
        }

        return indexes;
    }

    private int ParentIndex(ParameterDefinition parameter)
    {
        if (parameter.When is not { } condition)
        {
            return -1;
        }

        var rule = $"Parameter '{parameter.Name}' has condition {condition}, but";
        if (!_indexes.TryGetValue(condition.Parent, out var parent) || condition.Parent == parameter.Name)
        {
            throw new ArgumentException(
                $"{rule} the parent must be another parameter of the same space.",
                ParametersArgument);
        }

        if (_parameters[parent] is not CategoricalParameter categorical)
        {
            throw new ArgumentException($"{rule} the parent must be categorical.", ParametersArgument);
        }

        if (condition.Values.Count == 0 || !condition.Values.All(categorical.Choices.Contains))
        {
            throw new ArgumentException(
                $"{rule} its values must be one or more of the parent's choices "
                    + $"{string.Join(", ", categorical.Choices)}.",
                ParametersArgument);
        }

        return parent;
    }

    private void CheckAcyclic()
    {
        for (var index = 0; index < _parents.Length; index++)
        {
            var steps = 0;
            for (var parent = _parents[index]; parent >= 0; parent = _parents[parent])
            {
                if (++steps > _parents.Length)
                {
                    throw new ArgumentException(
                        $"The conditions of parameter '{_parameters[index].Name}' form a cycle.",
                        ParametersArgument);
                }
            }
        }
    }

    private int[] ChildrenOpenedBy(int index, ParameterValue choice) =>
        Enumerable.Range(0, _parameters.Count)
            .Where(child => _parents[child] == index && _parameters[child].When!.IsMetBy(choice))
            .ToArray();
}
