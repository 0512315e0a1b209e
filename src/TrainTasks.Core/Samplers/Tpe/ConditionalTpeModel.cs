using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Samplers.Tpe;

/// <summary>
/// The densities of TPE over a conditional space: the parameters are split into groups that are
/// active together, each group's densities are fitted only to the trials in which it was active,
/// and a proposal decides the groups parents first, skipping those its choices leave inactive.
/// </summary>
/// <remarks>
/// <para>
/// Bergstra et al. 2011 (see <see cref="TpeSampler"/>) model a tree-structured space by giving each
/// node its own density, fitted to the observations in which the node was present; univariate mode
/// does exactly that, one group per parameter. Multivariate mode decomposes the space by active
/// set: the parameters without a condition form one group, and the parameters with the same
/// condition (same parent, same choices) another, since they are always active together; each
/// group gets a joint density over its members (as <see cref="ParzenEstimator.JointLogDensity"/>).
/// Optuna's TPE with <c>group=True</c> splits its history into subspaces to the same end.
/// </para>
/// <para>
/// Where we differ or choose: groups are read from the spec's conditions rather than from the
/// trials, so they exist before any trial has run; a child group is modelled apart from its
/// parent's group, so a dependence between, say, the learning rate and the momentum of SGD is not
/// captured jointly. The good and bad split ranks all complete trials together (as the sampler
/// does for an unconditional space) and each group keeps the members of both sides in which it
/// was active, so a group active in few trials leans on its prior.
/// </para>
/// </remarks>
internal sealed class ConditionalTpeModel
{
    private ConditionalTpeModel(IReadOnlyList<TpeGroup> groups)
    {
        Groups = groups;
    }

    /// <summary>The groups, in the order a proposal decides them (every parent's group first).</summary>
    public IReadOnlyList<TpeGroup> Groups { get; }

    /// <summary>The group that holds the parameter named <paramref name="name"/>.</summary>
    public TpeGroup GroupOf(string name) =>
        Groups.First(group => group.Dimensions.Any(dimension => dimension.Parameter.Name == name));

    /// <summary>Fits each group's densities to the trials of <paramref name="split"/> in which it was active.</summary>
    public static ConditionalTpeModel Fit(SearchSpace space, TpeTrialSplit split, TpeOptions options)
    {
        var groups = Decompose(space, options.Multivariate)
            .Select(group => FitGroup(group.Key, group.Members, split, options))
            .ToList();
        return new ConditionalTpeModel(groups);
    }

    /// <summary>
    /// A configuration built group by group, parents first: each active group proposes the best of
    /// <paramref name="candidates"/> draws from its good density by the ratio of its good to its bad
    /// density; an inactive group is left out.
    /// </summary>
    /// <param name="space">The space the model was fitted to.</param>
    /// <param name="multivariate">Whether each group is drawn jointly rather than one parameter at a time.</param>
    /// <param name="candidates">Draws per group (<see cref="TpeOptions.Candidates"/>).</param>
    /// <param name="stream">The random stream of a group, by its key.</param>
    public TrialParameters Propose(
        SearchSpace space,
        bool multivariate,
        int candidates,
        Func<string, SeededRandom> stream)
    {
        var proposed = TrialParameters.Empty;
        foreach (var group in Groups)
        {
            if (!space.IsActive(group.Dimensions[0].Parameter, proposed))
            {
                continue;
            }

            var point = multivariate
                ? BestJoint(group, candidates, stream(group.Key))
                : [BestMarginal(group, candidates, stream(group.Key))];
            proposed = proposed.With(group.Dimensions.Select((dimension, index) =>
                new KeyValuePair<string, ParameterValue>(dimension.Parameter.Name, dimension.FromScale(point[index]))));
        }

        return proposed;
    }

    private static IEnumerable<(string Key, List<ParameterDefinition> Members)> Decompose(
        SearchSpace space,
        bool multivariate)
    {
        // Dependency order puts each parent before its children, so a group's parent group comes first.
        var ordered = space.InDependencyOrder;
        if (!multivariate)
        {
            return ordered.Select(parameter => (parameter.Name, new List<ParameterDefinition> { parameter }));
        }

        return ordered
            .GroupBy(parameter => parameter.When is { } condition ? ConditionKey(condition) : string.Empty)
            .Select(group => (group.Key, DeclaredOrder(space, group)));
    }

    private static string ConditionKey(ParameterCondition condition) =>
        $"{condition.Parent} in "
        + string.Join(",", condition.Values.Select(value => value.CanonicalJson).Order(StringComparer.Ordinal));

    private static List<ParameterDefinition> DeclaredOrder(SearchSpace space, IEnumerable<ParameterDefinition> members)
    {
        var names = members.Select(member => member.Name).ToHashSet(StringComparer.Ordinal);
        return space.Parameters.Where(parameter => names.Contains(parameter.Name)).ToList();
    }

    private static TpeGroup FitGroup(
        string key,
        List<ParameterDefinition> members,
        TpeTrialSplit split,
        TpeOptions options)
    {
        var dimensions = members.Select(TpeDimension.Of).ToList();
        return new TpeGroup(
            key,
            dimensions,
            new ParzenEstimator(dimensions, Observations(dimensions, split.Good), options),
            new ParzenEstimator(dimensions, Observations(dimensions, split.Bad), options));
    }

    // Members of a group are active together, so a trial has all of their values or none.
    private static List<double[]> Observations(
        IReadOnlyList<TpeDimension> dimensions,
        IReadOnlyList<TrialParameters> trials) =>
        trials
            .Where(parameters => dimensions.All(dimension => parameters.ContainsKey(dimension.Parameter.Name)))
            .Select(parameters => dimensions
                .Select(dimension => dimension.ToScale(parameters[dimension.Parameter.Name]))
                .ToArray())
            .ToList();

    private static double BestMarginal(TpeGroup group, int candidates, SeededRandom random) =>
        BestOf(
            candidates,
            random,
            draw => group.Dimensions[0].Snap(group.Good.SampleMarginal(0, draw)),
            point => group.Good.MarginalLogDensity(0, point) - group.Bad.MarginalLogDensity(0, point));

    private static double[] BestJoint(TpeGroup group, int candidates, SeededRandom random) =>
        BestOf(
            candidates,
            random,
            draw => group.Good.SampleJoint(draw)
                .Select((value, index) => group.Dimensions[index].Snap(value))
                .ToArray(),
            point => group.Good.JointLogDensity(point) - group.Bad.JointLogDensity(point));

    // Ties keep the earliest candidate, so the choice does not depend on floating-point order.
    private static T BestOf<T>(int candidates, SeededRandom random, Func<SeededRandom, T> draw, Func<T, double> score)
    {
        var best = draw(random);
        var bestScore = score(best);
        for (var index = 1; index < candidates; index++)
        {
            var candidate = draw(random);
            var candidateScore = score(candidate);
            if (candidateScore > bestScore)
            {
                (best, bestScore) = (candidate, candidateScore);
            }
        }

        return best;
    }
}
