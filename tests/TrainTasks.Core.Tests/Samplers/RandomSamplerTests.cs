using TrainTasks.Core.Samplers;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Samplers;

public sealed class RandomSamplerTests
{
    private static readonly SearchSpace s_mixed = new([
        new FloatParameter("learningRate", 1e-4, 1e-2, Log: true),
        new FloatParameter("dropout", 0.0, 0.5, Step: 0.1),
        new FloatParameter("momentum", 0.5, 0.99),
        new IntParameter("batchSize", 16, 512, Log: true),
        new IntParameter("epochs", 2, 20, 3),
        new CategoricalParameter(
            "hidden",
            [ParameterValue.Parse("[128]"), ParameterValue.Parse("[256,128]"), ParameterValue.Null]),
    ]);

    [Fact]
    public void Suggest_ManyTrials_EveryValueIsInItsParameter()
    {
        var history = Run(new RandomSampler(seed: 42), s_mixed, count: 200);

        Assert.All(history, trial => Assert.All(s_mixed.Parameters, parameter =>
            Assert.True(
                parameter.Contains(trial.Parameters[parameter.Name]),
                $"{parameter.Name}: {trial.Parameters}")));
    }

    [Fact]
    public void Suggest_LogFloat_SpreadsEvenlyOverDecades()
    {
        var history = Run(new RandomSampler(seed: 1), s_mixed, count: 400);

        var belowGeometricMean = history.Count(trial => trial.Parameters["learningRate"].AsDouble() < 1e-3);

        // Log-uniform on [1e-4, 1e-2] puts half the mass below 1e-3; uniform would put under 10%.
        // With 400 draws, 4.5 standard deviations around 200 is 155..245.
        Assert.InRange(belowGeometricMean, 155, 245);
    }

    [Fact]
    public void Suggest_SameSeedAndHistory_GivesTheSameSuggestion()
    {
        var history = Run(new RandomSampler(seed: 9), s_mixed, count: 5);

        var first = new RandomSampler(seed: 9).Suggest(s_mixed, history);
        var second = new RandomSampler(seed: 9).Suggest(s_mixed, history);

        Assert.Equal(first.Parameters, second.Parameters);
    }

    [Fact]
    public void Suggest_DifferentSeeds_GiveDifferentSuggestions()
    {
        var first = new RandomSampler(seed: 1).Suggest(s_mixed, []);

        var second = new RandomSampler(seed: 2).Suggest(s_mixed, []);

        Assert.NotEqual(first.Parameters, second.Parameters);
    }

    [Fact]
    public void Suggest_OneParameterRangeChanged_OtherParametersKeepTheirValues()
    {
        var changed = new SearchSpace(s_mixed.Parameters
            .Select(parameter => parameter.Name == "momentum" ? new FloatParameter("momentum", 0.0, 0.9) : parameter)
            .ToList());

        var before = Run(new RandomSampler(seed: 4), s_mixed, count: 10);
        var after = Run(new RandomSampler(seed: 4), changed, count: 10);

        foreach (var name in s_mixed.Parameters.Select(parameter => parameter.Name).Where(name => name != "momentum"))
        {
            Assert.Equal(
                before.Select(trial => trial.Parameters[name]),
                after.Select(trial => trial.Parameters[name]));
        }

        Assert.NotEqual(
            before.Select(trial => trial.Parameters["momentum"]),
            after.Select(trial => trial.Parameters["momentum"]));
    }

    [Fact]
    public void Suggest_SmallFiniteSpace_NoRepeatUntilExhausted()
    {
        var space = new SearchSpace([
            new IntParameter("a", 1, 3),
            new CategoricalParameter("b", [ParameterValue.FromString("x"), ParameterValue.FromString("y")]),
        ]);
        var sampler = new RandomSampler(seed: 3);

        var history = Run(sampler, space, count: 6);
        var exhausted = sampler.Suggest(space, history);

        Assert.Equal(6, history.Select(trial => trial.Parameters).Distinct().Count());
        Assert.True(exhausted.IsExhausted);
        Assert.Equal("all 6 configurations of the search space have been tried", exhausted.ExhaustedReason);
    }

    [Fact]
    public void Suggest_FailedTrialsInHistory_CountAsSeen()
    {
        var space = new SearchSpace([new IntParameter("a", 1, 2)]);
        var history = TrialHistory.Of("""{"a":1}""");
        history[0] = history[0] with { State = TrialState.Failed };

        var suggestion = new RandomSampler(seed: 0).Suggest(space, history);

        Assert.Equal(TrialParameters.FromJson("""{"a":2}"""), suggestion.Parameters);
    }

    private static List<Trial> Run(RandomSampler sampler, SearchSpace space, int count)
    {
        var history = new List<Trial>();
        for (var i = 0; i < count; i++)
        {
            TrialHistory.Append(history, sampler.Suggest(space, history).Parameters!, TrialState.Complete);
        }

        return history;
    }
}
