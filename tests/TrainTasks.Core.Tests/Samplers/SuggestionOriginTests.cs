using TrainTasks.Core.Samplers;
using TrainTasks.Core.Samplers.Gp;
using TrainTasks.Core.Samplers.Tpe;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Samplers;

public sealed class SuggestionOriginTests
{
    private static readonly SearchSpace s_optimizers = new([
        new CategoricalParameter("optimizer", [ParameterValue.FromString("sgd"), ParameterValue.FromString("adam")]),
    ]);

    private static readonly SearchSpace s_line = new([new FloatParameter("x", 0, 1)]);

    [Fact]
    public void Suggest_TpeBeforeAndAfterStartup_SaysStartupThenStrategy()
    {
        var sampler = new TpeSampler(seed: 1, OptimizationDirection.Minimize, new TpeOptions(StartupTrials: 2));
        var history = TrialHistory.Of("""{"x":0.2}""");

        var during = sampler.Suggest(s_line, history);
        TrialHistory.Append(history, TrialParameters.FromJson("""{"x":0.7}"""), TrialState.Complete);
        var after = sampler.Suggest(s_line, history);

        Assert.Equal(TrialOrigin.Startup, during.Origin);
        Assert.Equal(TrialOrigin.Strategy, after.Origin);
    }

    [Fact]
    public void Suggest_TpeWhenTheStudyHoldsAsManyConfigurationsAsTheSpace_FallsBackAndSaysWhy()
    {
        var sampler = new TpeSampler(seed: 1, OptimizationDirection.Minimize, new TpeOptions(StartupTrials: 1));
        // Two configurations in the study, one of them outside the space: the model has nothing new
        // to choose from, and the random sampler finds the one configuration not yet tried.
        var history = TrialHistory.Of("""{"optimizer":"sgd"}""", """{"optimizer":"adagrad"}""");

        var suggestion = sampler.Suggest(s_optimizers, history);

        Assert.Equal("""{"optimizer":"adam"}""", suggestion.Parameters!.CanonicalJson);
        Assert.Equal(TrialOriginKind.Fallback, suggestion.Origin.Kind);
        Assert.Equal("the study already held as many configurations as the space", suggestion.Origin.Reason);
    }

    [Fact]
    public void Suggest_GpWhenNoCompleteTrialLiesInTheSpace_FallsBackAndSaysWhy()
    {
        var sampler = new GpSampler(seed: 1, OptimizationDirection.Minimize, new GpSamplerOptions(StartupTrials: 2));
        var history = TrialHistory.Of("""{"x":2}""", """{"x":3}""", """{"x":4}""");

        var suggestion = sampler.Suggest(s_line, history);

        Assert.Equal(TrialOriginKind.Fallback, suggestion.Origin.Kind);
        Assert.Equal("only 0 complete trials lie in the search space and the model needs 2", suggestion.Origin.Reason);
    }

    [Fact]
    public void Suggest_GpAfterFailedTrialsOnly_IsStillStartup()
    {
        var sampler = new GpSampler(seed: 1, OptimizationDirection.Minimize, new GpSamplerOptions(StartupTrials: 2));
        var history = new List<Trial>();
        TrialHistory.Append(history, TrialParameters.FromJson("""{"x":0.1}"""), TrialState.Failed);
        TrialHistory.Append(history, TrialParameters.FromJson("""{"x":0.2}"""), TrialState.Failed);

        var suggestion = sampler.Suggest(s_line, history);

        Assert.Equal(TrialOrigin.Startup, suggestion.Origin);
    }

    [Theory]
    [InlineData("grid")]
    [InlineData("random")]
    [InlineData("sobol")]
    public void Suggest_StrategyWithoutModel_SaysStrategy(string strategy)
    {
        var sampler = SamplerFactory.Create(strategy, seed: 3);

        var suggestion = sampler.Suggest(s_optimizers, []);

        Assert.Equal(TrialOrigin.Strategy, suggestion.Origin);
    }

    [Fact]
    public void AsFallback_ExhaustedSuggestion_StaysExhausted()
    {
        var exhausted = Suggestion.Exhausted("all 2 configurations of the search space have been tried");

        var marked = exhausted.AsFallback("any reason");

        Assert.True(marked.IsExhausted);
        Assert.Equal(TrialOrigin.Strategy, marked.Origin);
    }

    [Theory]
    [InlineData("startup", null, TrialOriginKind.Startup)]
    [InlineData("fallback", "a reason", TrialOriginKind.Fallback)]
    [InlineData("strategy", null, TrialOriginKind.Strategy)]
    public void Parse_StoredKind_GivesTheOrigin(string kind, string? reason, TrialOriginKind expected)
    {
        var origin = TrialOrigin.Parse(kind, reason);

        Assert.Equal(new TrialOrigin(expected, reason), origin);
        Assert.Equal(kind, origin!.KindText);
    }

    [Fact]
    public void Parse_UnknownKind_Throws()
    {
        Assert.Throws<FormatException>(() => TrialOrigin.Parse("1", null));
        Assert.Null(TrialOrigin.Parse(null, null));
    }
}
