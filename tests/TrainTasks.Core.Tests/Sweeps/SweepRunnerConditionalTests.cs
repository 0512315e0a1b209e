using TrainTasks.Core.Caching;
using TrainTasks.Core.Reports;
using TrainTasks.Core.Samplers;
using TrainTasks.Core.Samplers.Tpe;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Storage;
using TrainTasks.Core.Sweeps;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;
using TrainTasks.TestKit;
using static TrainTasks.Core.Tests.SearchSpaces.ConditionalSpaces;

namespace TrainTasks.Core.Tests.Sweeps;

public sealed class SweepRunnerConditionalTests
{
    private readonly string _cacheRoot = TestPaths.NewTemporaryDirectory();
    private readonly InMemoryStudyStorage _storage = new();

    [Fact]
    public void Run_GridOverMomentumUnderSgd_TrainsFourConfigurationsWithTheFixedMomentumForAdam()
    {
        var trainer = new FakeTrainer(parameters => parameters["momentum"].AsDouble());

        var outcome = Runner(trainer, new GridSampler(seed: 1), budget: 10).Run(CancellationToken.None);

        Assert.Equal(4, outcome.Trained);
        Assert.Equal("all 4 grid points have been evaluated", outcome.ExhaustedReason);
        var adam = trainer.Requests.Single(request => request.Parameters["optimizer"].AsString() == "adam");
        Assert.Equal(0.95, adam.Parameters["momentum"].AsDouble());
        Assert.DoesNotContain(outcome.Trials, trial => trial.Parameters.ContainsKey("momentum")
            && trial.Parameters["optimizer"].AsString() == "adam");
    }

    [Fact]
    public void Run_ProposalsDifferingOnlyInAnInactiveValue_AreOneConfigurationFromTheCache()
    {
        var trainer = new FakeTrainer(_ => 0.5);
        var sampler = new ScriptedSampler(
            """{ "optimizer": "adam", "momentum": 0.6 }""",
            """{ "optimizer": "adam", "momentum": 0.7 }""");

        var outcome = Runner(trainer, sampler, budget: 2).Run(CancellationToken.None);

        Assert.Equal(1, trainer.TrainCalls);
        Assert.Equal([false, true], outcome.Trials.Select(trial => trial.FromCache));
        Assert.Single(outcome.Trials.Select(trial => trial.Fingerprint).Distinct());
        Assert.All(outcome.Trials, trial => Assert.Equal("""{"optimizer":"adam"}""", trial.Parameters.CanonicalJson));
    }

    [Fact]
    public void Run_TpeWithStartup_StoresEachTrialsOriginAndTheReportCountsThem()
    {
        var sampler = new TpeSampler(seed: 5, OptimizationDirection.Minimize, new TpeOptions(StartupTrials: 2));
        var trainer = new FakeTrainer(parameters => parameters.TryGetValue("momentum", out var value)
            ? value.AsDouble()
            : 0.5);

        var outcome = Runner(trainer, sampler, budget: 4).Run(CancellationToken.None);
        var stored = _storage.LoadTrials(_storage.OpenStudy("conditional", "key"));
        var summary = new SweepSummary(Spec(), outcome.Trials, outcome.Best, new Dictionary<string, double>(), null);
        var markdown = MarkdownReportWriter.Write(summary with
        {
            Spec = Spec() with
            {
                Strategy = "tpe",
                StrategyOptions = new Dictionary<string, double> { ["startupTrials"] = 2 },
            },
        });

        Assert.Equal([TrialOrigin.Startup, TrialOrigin.Startup], stored.Take(2).Select(trial => trial.Origin));
        Assert.All(stored, trial => Assert.NotNull(trial.Origin));
        var randomAfter = stored.Count(trial => trial.Origin!.Kind == TrialOriginKind.Fallback);
        var chosen = stored.Count(trial => trial.Origin!.Kind == TrialOriginKind.Strategy);
        Assert.Equal(2, randomAfter + chosen);
        Assert.Contains(
            $"proposed 2 trials at random during its start-up (until 2 trials have completed) and "
                + $"{(randomAfter == 1 ? "1 trial" : $"{randomAfter} trials")} at random after it",
            markdown);
    }

    private SweepRunner Runner(ITrainer trainer, ISampler sampler, int budget) =>
        new(TestSweepContext.Create(Spec(), budget, sampler, _storage, _cacheRoot, trainer));

    private static SweepSpec Spec() => new()
    {
        Name = "conditional",
        SpecPath = "/specs/conditional.sweep.json",
        Data = new DataSpec("csv", new DataFiles(Table: "/data/train.csv"), null, 0.2),
        Fixed = new TrialParameters(new Dictionary<string, ParameterValue>
        {
            ["optimizer"] = Text("adam"),
            ["momentum"] = Number(0.95),
        }),
        Space = Momentum,
        Objective = new Objective("val_accuracy", OptimizationDirection.Minimize),
        Strategy = "grid",
        Trials = 4,
        Seed = 11,
        StudyDefinition = "{}",
    };

    // Proposes the given configurations in turn, as written, without looking at the space.
    private sealed class ScriptedSampler(params string[] configurations) : ISampler
    {
        public string Name => "scripted";

        public Suggestion Suggest(SearchSpace space, IReadOnlyList<Trial> history) =>
            Suggestion.Try(TrialParameters.FromJson(configurations[history.Count]));
    }
}
