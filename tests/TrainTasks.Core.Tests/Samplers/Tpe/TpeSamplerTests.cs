using TrainTasks.Core.Samplers;
using TrainTasks.Core.Samplers.Sobol;
using TrainTasks.Core.Samplers.Tpe;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Samplers.Tpe;

public sealed class TpeSamplerTests
{
    private static readonly SearchSpace s_mixed = new([
        new FloatParameter("learningRate", 1e-4, 1e-1, Log: true),
        new FloatParameter("dropout", 0.0, 0.5, Step: 0.1),
        new FloatParameter("momentum", 0.5, 0.99),
        new IntParameter("batchSize", 16, 512, Log: true),
        new IntParameter("epochs", 2, 20, 3),
        new CategoricalParameter(
            "hidden",
            [ParameterValue.Parse("[128]"), ParameterValue.Parse("[256,128]"), ParameterValue.Null]),
    ]);

    private static readonly SearchSpace s_line = new([new FloatParameter("x", 0, 1)]);

    [Fact]
    public void Suggest_StartupPhase_EqualsRandomSampler()
    {
        var tpe = new TpeSampler(seed: 3, OptimizationDirection.Minimize);
        var random = new RandomSampler(seed: 3);

        var tpeHistory = Run(tpe, s_mixed, count: 10);
        var randomHistory = Run(random, s_mixed, count: 10);

        Assert.Equal(
            randomHistory.Select(trial => trial.Parameters),
            tpeHistory.Select(trial => trial.Parameters));
    }

    [Fact]
    public void Suggest_SobolStartup_EqualsTheSobolSamplerThenLeavesIt()
    {
        var tpe = new TpeSampler(seed: 3, OptimizationDirection.Minimize, new TpeOptions(SobolStartup: true));
        var sobol = new SobolSampler(seed: 3, OptimizationDirection.Minimize, new SobolOptions());

        var tpeHistory = Run(tpe, s_mixed, count: 10);
        var sobolHistory = Run(sobol, s_mixed, count: 10);
        var next = tpe.Suggest(s_mixed, tpeHistory);

        Assert.Equal(
            sobolHistory.Select(trial => trial.Parameters),
            tpeHistory.Select(trial => trial.Parameters));
        Assert.Equal(TrialOrigin.Strategy, next.Origin);
        Assert.NotEqual(sobol.Suggest(s_mixed, sobolHistory).Parameters, next.Parameters);
    }

    [Fact]
    public void Suggest_MultivariateInASmallGrid_TakesTheBestUnseenCandidateInsteadOfFallingBack()
    {
        var space = new SearchSpace([new IntParameter("x", 0, 9), new IntParameter("y", 0, 9)]);
        var sampler = new TpeSampler(
            seed: 4,
            OptimizationDirection.Minimize,
            new TpeOptions(StartupTrials: 3, Multivariate: true));
        var (history, fallbacks) = (new List<Trial>(), 0);

        for (var number = 0; number < 40; number++)
        {
            var suggestion = sampler.Suggest(space, history);
            fallbacks += suggestion.Origin.Kind == TrialOriginKind.Fallback ? 1 : 0;
            var (x, y) = (suggestion.Parameters!["x"].AsInt64(), suggestion.Parameters["y"].AsInt64());
            history.Add(TrialHistory.Make(number, suggestion.Parameters) with
            {
                Value = ((x - 7) * (x - 7)) + ((y - 2) * (y - 2)),
            });
        }

        // 40 of the 100 points: the density ranks enough unseen candidates near (7, 2) that the
        // model chooses every trial after the start-up, and the minimum is among them.
        Assert.Equal(0, fallbacks);
        Assert.Equal(40, history.Select(trial => trial.Parameters.CanonicalJson).Distinct().Count());
        Assert.Equal(0, history.Min(trial => trial.Value));
    }

    [Theory]
    [InlineData(false, 1.0)]
    [InlineData(true, 3.0)]
    public void ClipScale_DefaultsByMode(bool multivariate, double expected)
    {
        Assert.Equal(expected, new TpeOptions(Multivariate: multivariate).ClipScale);
        Assert.Equal(2.0, new TpeOptions(Multivariate: multivariate, ClipFactor: 2).ClipScale);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_ClipFactorBelowOneOrNotFinite_Throws(double factor)
    {
        var options = new TpeOptions(ClipFactor: factor);

        Assert.Throws<ArgumentOutOfRangeException>(() => new TpeSampler(0, OptimizationDirection.Minimize, options));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Suggest_SameSeedAndHistory_GivesTheSameSuggestion(bool multivariate)
    {
        var history = Run(new RandomSampler(seed: 1), s_mixed, count: 15);
        var options = new TpeOptions(Multivariate: multivariate);

        var first = new TpeSampler(seed: 8, OptimizationDirection.Minimize, options).Suggest(s_mixed, history);
        var second = new TpeSampler(seed: 8, OptimizationDirection.Minimize, options).Suggest(s_mixed, history);

        Assert.Equal(first.Parameters, second.Parameters);
    }

    [Fact]
    public void Suggest_DifferentSeeds_GiveDifferentSuggestions()
    {
        var history = Run(new RandomSampler(seed: 1), s_mixed, count: 15);

        var first = new TpeSampler(seed: 1, OptimizationDirection.Minimize).Suggest(s_mixed, history);
        var second = new TpeSampler(seed: 2, OptimizationDirection.Minimize).Suggest(s_mixed, history);

        Assert.NotEqual(first.Parameters, second.Parameters);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Suggest_ManyTrials_EveryValueIsInItsParameter(bool multivariate)
    {
        var options = new TpeOptions(Multivariate: multivariate);
        var sampler = new TpeSampler(seed: 5, OptimizationDirection.Minimize, options);

        var history = Run(sampler, s_mixed, count: 40);

        Assert.All(history, trial => Assert.All(s_mixed.Parameters, parameter =>
            Assert.True(
                parameter.Contains(trial.Parameters[parameter.Name]),
                $"{parameter.Name}: {trial.Parameters}")));
    }

    [Fact]
    public void Suggest_AfterStartup_ConcentratesNearTheGoodTrials()
    {
        var sampler = new TpeSampler(seed: 2, OptimizationDirection.Minimize);

        var history = Run(sampler, s_line, count: 40, parameters => Math.Abs(parameters["x"].AsDouble() - 0.8));

        // Random search puts 20% of its draws in [0.7, 0.9], 4 of 20; 8 or more happens for it
        // with a chance of about 3%, while TPE draws around its good trials.
        var near = history.Skip(20).Count(trial => Math.Abs(trial.Parameters["x"].AsDouble() - 0.8) < 0.1);
        Assert.True(near >= 8, $"{near} of 20 near the optimum");
    }

    [Fact]
    public void Suggest_Maximize_ConcentratesNearTheHighestValues()
    {
        var sampler = new TpeSampler(seed: 2, OptimizationDirection.Maximize);

        var history = Run(sampler, s_line, count: 40, parameters => -Math.Abs(parameters["x"].AsDouble() - 0.2));

        var near = history.Skip(20).Count(trial => Math.Abs(trial.Parameters["x"].AsDouble() - 0.2) < 0.1);
        Assert.True(near >= 8, $"{near} of 20 near the optimum");
    }

    [Fact]
    public void Suggest_MultivariateAfterStartup_ConcentratesNearTheGoodTrials()
    {
        var space = new SearchSpace([new FloatParameter("x", 0, 1), new FloatParameter("y", 0, 1)]);
        var sampler = new TpeSampler(seed: 3, OptimizationDirection.Minimize, new TpeOptions(Multivariate: true));

        var history = Run(sampler, space, count: 40, parameters =>
            Math.Abs(parameters["x"].AsDouble() - 0.8) + Math.Abs(parameters["y"].AsDouble() - 0.2));

        // Random search puts 4% of its draws in the 0.2 by 0.2 square around (0.8, 0.2), under 1 of 20;
        // 5 or more happens for it with a chance below 0.1%.
        var near = history.Skip(20).Count(trial =>
            Math.Abs(trial.Parameters["x"].AsDouble() - 0.8) < 0.1
            && Math.Abs(trial.Parameters["y"].AsDouble() - 0.2) < 0.1);
        Assert.True(near >= 5, $"{near} of 20 near the optimum");
    }

    [Fact]
    public void Suggest_OnlyOneConfigurationUnseen_ProposesIt()
    {
        var space = new SearchSpace([new IntParameter("a", 1, 3)]);
        var history = TrialHistory.Of("""{"a":1}""", """{"a":2}""");
        var sampler = new TpeSampler(seed: 0, OptimizationDirection.Minimize, new TpeOptions(StartupTrials: 0));

        var suggestion = sampler.Suggest(space, history);

        Assert.Equal(TrialParameters.FromJson("""{"a":3}"""), suggestion.Parameters);
    }

    [Fact]
    public void Suggest_RunningTrialAtTheLastSuggestion_ProposesADifferentConfiguration()
    {
        var space = new SearchSpace([new IntParameter("units", 1, 40)]);
        var history = Run(new RandomSampler(seed: 4), space, count: 12, parameters => parameters["units"].AsDouble());
        var sampler = new TpeSampler(seed: 4, OptimizationDirection.Minimize);
        var firstWorker = sampler.Suggest(space, history).Parameters!;
        TrialHistory.Append(history, firstWorker, TrialState.Running);

        var secondWorker = sampler.Suggest(space, history).Parameters!;

        Assert.NotEqual(firstWorker, secondWorker);
    }

    [Fact]
    public void FitModel_RunningTrial_CountsAsBadObservation()
    {
        var history = Run(new RandomSampler(seed: 6), s_line, count: 12, parameters => parameters["x"].AsDouble());
        var sampler = new TpeSampler(seed: 6, OptimizationDirection.Minimize);
        var pending = TrialParameters.FromJson("""{"x":0.05}""");
        var before = sampler.FitModel(s_line, history);
        TrialHistory.Append(history, pending, TrialState.Running);

        var after = sampler.FitModel(s_line, history);

        Assert.Equal(before.Bad.Count + 1, after.Bad.Count);
        Assert.Equal(before.Good.Count, after.Good.Count);
        Assert.True(after.Bad.MarginalLogDensity(0, 0.05) > before.Bad.MarginalLogDensity(0, 0.05));
    }

    [Fact]
    public void Suggest_SmallFiniteSpace_NoRepeatUntilExhausted()
    {
        var space = new SearchSpace([
            new IntParameter("a", 1, 3),
            new CategoricalParameter("b", [ParameterValue.FromString("x"), ParameterValue.FromString("y")]),
        ]);
        var sampler = new TpeSampler(seed: 3, OptimizationDirection.Minimize, new TpeOptions(StartupTrials: 2));

        var history = Run(sampler, space, count: 6, parameters => parameters["a"].AsDouble());
        var exhausted = sampler.Suggest(space, history);

        Assert.Equal(6, history.Select(trial => trial.Parameters).Distinct().Count());
        Assert.True(exhausted.IsExhausted);
    }

    [Fact]
    public void Suggest_SinglePointSpace_ProposesThePointThenIsExhausted()
    {
        var space = new SearchSpace([new IntParameter("a", 5, 5)]);
        var sampler = new TpeSampler(seed: 0, OptimizationDirection.Minimize, new TpeOptions(StartupTrials: 0));

        var first = sampler.Suggest(space, []);
        var second = sampler.Suggest(space, [TrialHistory.Make(0, first.Parameters!)]);

        Assert.Equal(TrialParameters.FromJson("""{"a":5}"""), first.Parameters);
        Assert.True(second.IsExhausted);
    }

    [Fact]
    public void Suggest_FloatWithEqualBounds_ProposesThatValue()
    {
        var space = new SearchSpace([new FloatParameter("x", 0.5, 0.5), new FloatParameter("y", 0, 1)]);
        var sampler = new TpeSampler(seed: 0, OptimizationDirection.Minimize, new TpeOptions(StartupTrials: 0));

        var history = Run(sampler, space, count: 5, parameters => parameters["y"].AsDouble());

        Assert.All(history, trial => Assert.Equal(0.5, trial.Parameters["x"].AsDouble()));
    }

    [Fact]
    public void Suggest_AllValuesEqual_StaysInsideTheSpace()
    {
        var sampler = new TpeSampler(seed: 7, OptimizationDirection.Minimize, new TpeOptions(Multivariate: true));

        var history = Run(sampler, s_mixed, count: 25, _ => 1.0);

        Assert.All(history, trial => Assert.True(s_mixed.Contains(trial.Parameters), trial.Parameters.ToString()));
    }

    [Fact]
    public void Suggest_AllTrialsFailed_StartupIsStillRandom()
    {
        var history = Run(new RandomSampler(seed: 9), s_mixed, count: 15);
        var failed = history.Select(trial => trial with { State = TrialState.Failed, Value = null }).ToList();

        var suggestion = new TpeSampler(seed: 9, OptimizationDirection.Minimize).Suggest(s_mixed, failed);

        Assert.Equal(new RandomSampler(seed: 9).Suggest(s_mixed, failed).Parameters, suggestion.Parameters);
    }

    [Fact]
    public void Suggest_AllTrialsFailedWithoutStartup_DrawsFromThePrior()
    {
        var history = Run(new RandomSampler(seed: 9), s_line, count: 5);
        var failed = history.Select(trial => trial with { State = TrialState.Failed, Value = null }).ToList();
        var sampler = new TpeSampler(seed: 9, OptimizationDirection.Minimize, new TpeOptions(StartupTrials: 0));

        var suggestion = sampler.Suggest(s_line, failed);

        Assert.InRange(suggestion.Parameters!["x"].AsDouble(), 0.0, 1.0);
    }

    [Fact]
    public void Constructor_BadOptions_Throws()
    {
        var options = new TpeOptions(Candidates: 0);

        var action = () => new TpeSampler(seed: 0, OptimizationDirection.Minimize, options);

        Assert.Throws<ArgumentOutOfRangeException>(action);
    }

    private static List<Trial> Run(
        ISampler sampler,
        SearchSpace space,
        int count,
        Func<TrialParameters, double>? objective = null)
    {
        var history = new List<Trial>();
        for (var index = 0; index < count; index++)
        {
            var parameters = sampler.Suggest(space, history).Parameters!;
            var trial = TrialHistory.Make(history.Count, parameters);
            history.Add(objective is null ? trial : trial with { Value = objective(parameters) });
        }

        return history;
    }
}
