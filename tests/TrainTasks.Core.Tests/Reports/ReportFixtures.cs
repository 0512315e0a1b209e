using TrainTasks.Core.Reports;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Reports;

/// <summary>A hand-built sweep of four trials, for the report writers.</summary>
internal static class ReportFixtures
{
    public static SweepSpec Spec(OptimizationDirection direction = OptimizationDirection.Maximize) => new()
    {
        Name = "tiny",
        SpecPath = "/specs/tiny.sweep.json",
        Data = new DataSpec("csv", new DataFiles(Table: "/data/train.csv"), null, 0.2),
        Fixed = new TrialParameters(new Dictionary<string, ParameterValue>
        {
            ["epochs"] = ParameterValue.FromInt64(3),
            ["learningRate"] = ParameterValue.FromDouble(0.01),
        }),
        Space = new SearchSpace([
            new FloatParameter("learningRate", 0.001, 0.1, Log: true),
            new CategoricalParameter("hidden", [ParameterValue.Parse("[8]"), ParameterValue.Parse("[16, 8]")]),
        ]),
        Objective = new Objective("val_accuracy", direction),
        Strategy = "random",
        Trials = 4,
        Seed = 7,
        StudyDefinition = "{}",
    };

    public static IReadOnlyList<Trial> Trials() =>
    [
        Complete(0, 0.01, "[8]", 0.80, trainAccuracy: 0.85),
        Complete(1, 0.05, "[16,8]", 0.90, trainAccuracy: 0.99, fromCache: true),
        Failed(2, 0.1, "[8]", "the loss is NaN at epoch 2, batch 5"),
        Complete(3, 0.002, "[16,8]", 0.70, trainAccuracy: 0.71),
    ];

    public static SweepSummary Summary(OptimizationDirection direction = OptimizationDirection.Maximize)
    {
        var spec = Spec(direction);
        var trials = Trials();
        var best = Core.Sweeps.SweepRunner.SelectBest(trials, spec.Objective);
        return new SweepSummary(spec, trials, best, new Dictionary<string, double> { ["test_accuracy"] = 0.875 }, null);
    }

    private static Trial Complete(
        int number,
        double learningRate,
        string hidden,
        double validationAccuracy,
        double trainAccuracy,
        bool fromCache = false) => new()
        {
            Number = number,
            State = TrialState.Complete,
            Parameters = Parameters(learningRate, hidden),
            Fingerprint = $"fp{number}",
            Value = validationAccuracy,
            FromCache = fromCache,
            Metrics = new Dictionary<string, double>
            {
                ["val_accuracy"] = validationAccuracy,
                ["train_accuracy"] = trainAccuracy,
                [SweepSummary.ParameterCountMetric] = 100 + number,
                [SweepSummary.TrainSecondsMetric] = 1.5,
            },
            Epochs =
        [
            new EpochRecord(1, new Dictionary<string, double> { ["val_accuracy"] = validationAccuracy / 2 }),
            new EpochRecord(2, new Dictionary<string, double> { ["val_accuracy"] = validationAccuracy }),
        ],
        };

    private static Trial Failed(int number, double learningRate, string hidden, string reason) => new()
    {
        Number = number,
        State = TrialState.Failed,
        Parameters = Parameters(learningRate, hidden),
        Fingerprint = $"fp{number}",
        FailureReason = reason,
    };

    private static TrialParameters Parameters(double learningRate, string hidden) =>
        new(new Dictionary<string, ParameterValue>
        {
            ["learningRate"] = ParameterValue.FromDouble(learningRate),
            ["hidden"] = ParameterValue.Parse(hidden),
        });
}
