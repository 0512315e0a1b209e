using System.Globalization;
using TrainTasks.Core.Caching;
using TrainTasks.Core.Reports;
using TrainTasks.Core.Samplers;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Storage;
using TrainTasks.Core.Sweeps;
using TrainTasks.Core.Trials;
using TrainTasks.TestKit;
using Xunit.Abstractions;

namespace TrainTasks.Core.Tests.Sweeps;

public sealed class GradientSweepTests(ITestOutputHelper output)
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;
    private static readonly RidgeProblem s_diabetes = RidgeClosedForm.LoadDiabetes();
    private readonly string _cacheRoot = TestPaths.NewTemporaryDirectory();
    private readonly InMemoryStudyStorage _storage = new();

    [Fact]
    public void RidgeClosedForm_Derivative_MatchesACentralDifference()
    {
        foreach (var lambda in new[] { 1e-4, 0.01, 0.2, 10 })
        {
            var h = lambda * 1e-5;
            var difference = (RidgeClosedForm.ValidationMse(s_diabetes, lambda + h)
                - RidgeClosedForm.ValidationMse(s_diabetes, lambda - h)) / (2 * h);

            var derivative = RidgeClosedForm.ValidationMseDerivative(s_diabetes, lambda);

            Assert.Equal(difference, derivative, Math.Abs(difference) * 1e-5);
        }
    }

    // The validation MSE of this split has two basins: the optimum near λ = 0.2, and a plateau
    // 0.45 % above it as λ goes to 0, behind a bump near λ = 0.017. From λ = 10 the path finds the
    // optimum; from λ = 1e-4 the hypergradient points down, and the path ends on the lower bound,
    // still within the half percent.
    [Theory]
    [InlineData(1e-4)]
    [InlineData(10.0)]
    public void Run_RidgeOnDiabetes_EndsWithinHalfAPercentOfTheBestOnAFineGrid(double start)
    {
        var bestOnGrid = Enumerable.Range(0, 2000)
            .Select(i => Math.Pow(10, -6 + (9.0 * i / 1999)))
            .Min(lambda => RidgeClosedForm.ValidationMse(s_diabetes, lambda));

        var outcome = Runner(HypergradientTrainer.Ridge(s_diabetes), Spec(start), budget: 60).Run(default);

        var best = outcome.Best!.Parameters["l2"].AsDouble();
        output.WriteLine(
            $"from {start}: best λ {best} at trial {outcome.Best.Number} of {outcome.Trials.Count}, validation MSE "
            + $"{outcome.Best.Value} against {bestOnGrid} on the grid; stopped: {outcome.ExhaustedReason}");
        Assert.True(
            RidgeClosedForm.ValidationMse(s_diabetes, best) <= bestOnGrid * 1.005,
            $"best λ {best}: {RidgeClosedForm.ValidationMse(s_diabetes, best)} against {bestOnGrid}");
        Assert.Equal(outcome.Best.Value!.Value, RidgeClosedForm.ValidationMse(s_diabetes, best), 1e-9);
        Assert.NotNull(outcome.ExhaustedReason);
        Assert.True(outcome.Trials.Count < 60, $"{outcome.Trials.Count} trials");
    }

    [Fact]
    public void Run_Gradient_AsksTheTrainerForTheSpacesHypergradients()
    {
        var trainer = HypergradientTrainer.Ridge(s_diabetes);

        Runner(trainer, Spec(start: 0.01), budget: 3).Run(default);

        Assert.Equal(3, trainer.Requests.Count);
        Assert.All(trainer.Requests, request => Assert.Equal(["l2"], request.Hypergradients));
    }

    [Fact]
    public void Refit_AfterAGradientSweep_AsksForNoHypergradients()
    {
        var trainer = HypergradientTrainer.Ridge(s_diabetes);
        var context = Context(trainer, Spec(start: 0.01) with { Refit = true }, budget: 2);
        var outcome = new SweepRunner(context).Run(default);

        new BestTrialRefit(context).Run(outcome.Best!, default);

        var refit = trainer.Requests[^1];
        Assert.True(refit.UseAllRows);
        Assert.Empty(refit.Hypergradients);
        Assert.Equal(3, trainer.Requests.Count);
    }

    [Fact]
    public void Run_NaNHypergradient_FailsTheTrialAndStepsAgainFromTheLastFinitePoint()
    {
        var trainer = HypergradientTrainer.Ridge(s_diabetes);
        var start = Spec(start: 10);
        trainer.NaNWhen = parameters => parameters["l2"].AsDouble() < 9;

        var outcome = Runner(trainer, start, budget: 3).Run(default);

        Assert.Equal(
            [TrialState.Complete, TrialState.Failed, TrialState.Failed],
            outcome.Trials.Select(trial => trial.State));
        Assert.Contains("hypergrad.l2", outcome.Trials[1].FailureReason, StringComparison.Ordinal);
        // Downhill from λ = 10 by rate 0.5 in log units, then by 0.25 after the failure.
        Assert.Equal(10 * Math.Exp(-0.5), Value(outcome.Trials[1]), 1e-6);
        Assert.Equal(10 * Math.Exp(-0.25), Value(outcome.Trials[2]), 1e-6);
        Assert.Equal(0, outcome.Best!.Number);
    }

    [Fact]
    public void Run_KilledAndResumed_TriesTheSamePointsAsAnUninterruptedRun()
    {
        var uninterrupted = Runner(
            HypergradientTrainer.Ridge(s_diabetes),
            Spec(start: 10),
            budget: 8,
            new InMemoryStudyStorage(),
            TestPaths.NewTemporaryDirectory()).Run(default);
        var cancelling = new CancellingTrainer(HypergradientTrainer.Ridge(s_diabetes), cancelOnCall: 5);
        Assert.Throws<OperationCanceledException>(() => Runner(cancelling, Spec(start: 10), budget: 8).Run(default));

        var resumed = Runner(HypergradientTrainer.Ridge(s_diabetes), Spec(start: 10), budget: 8).Run(default);

        Assert.Equal(4, resumed.Reused);
        Assert.Equal(
            uninterrupted.Trials.Select(trial => trial.Parameters.CanonicalJson),
            resumed.Trials.Select(trial => trial.Parameters.CanonicalJson));
    }

    [Fact]
    public void Report_Gradient_ShowsThePathWithValuesLossesAndHypergradients()
    {
        var spec = Spec(start: 10);
        var outcome = Runner(HypergradientTrainer.Ridge(s_diabetes), spec, budget: 3).Run(default);
        var summary = new SweepSummary(spec, outcome.Trials, outcome.Best, new Dictionary<string, double>(), null);

        var markdown = MarkdownReportWriter.Write(summary);

        Assert.Contains("## Path of the hyperparameters", markdown, StringComparison.Ordinal);
        var derivative = RidgeClosedForm.ValidationMseDerivative(s_diabetes, 10).ToString("G6", s_invariant);
        var loss = RidgeClosedForm.ValidationMse(s_diabetes, 10).ToString("G6", s_invariant);
        Assert.Contains(
            $"| 0 | complete | {loss} | 10 | {derivative} | followed, length 0.5 |",
            markdown,
            StringComparison.Ordinal);
    }

    private static double Value(Trial trial) => trial.Parameters["l2"].AsDouble();

    private SweepRunner Runner(
        Core.Training.ITrainer trainer,
        SweepSpec spec,
        int budget,
        IStudyStorage? storage = null,
        string? cache = null) => new(Context(trainer, spec, budget, storage, cache));

    private SweepContext Context(
        Core.Training.ITrainer trainer,
        SweepSpec spec,
        int budget,
        IStudyStorage? storage = null,
        string? cache = null) => TestSweepContext.Create(
        spec,
        budget,
        SamplerFactory.Create(spec.Strategy, spec.Seed, spec.Objective.Direction, spec.StrategyOptions, spec.Fixed),
        storage ?? _storage,
        cache ?? _cacheRoot,
        trainer,
        dataHash: "diabetes");

    private static SweepSpec Spec(double start) => new()
    {
        Name = "ridge",
        SpecPath = "/specs/ridge.sweep.json",
        Data = new DataSpec("csv", new DataFiles(Table: "/data/diabetes.csv"), null, 0.2),
        Fixed = new TrialParameters(
            new Dictionary<string, ParameterValue> { ["l2"] = ParameterValue.FromDouble(start) }),
        Space = new SearchSpace([new FloatParameter("l2", 1e-6, 1e3, Log: true)]),
        Objective = new Objective("val_loss", OptimizationDirection.Minimize),
        Strategy = StrategyCatalog.GradientStrategy,
        Trials = 60,
        Seed = 1,
        StudyDefinition = "{}",
    };
}
