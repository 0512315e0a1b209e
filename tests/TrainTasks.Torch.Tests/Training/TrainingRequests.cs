using System.Globalization;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;
using TrainTasks.TestKit;

namespace TrainTasks.Torch.Tests.Training;

/// <summary>Builds small, fast training requests.</summary>
internal static class TrainingRequests
{
    /// <summary>Parameters of a small MLP on iris, with <paramref name="overrides"/> laid over them.</summary>
    public static TrialParameters IrisParameters(params (string Name, object Value)[] overrides)
    {
        var values = new Dictionary<string, ParameterValue>
        {
            ["hidden"] = ParameterValue.Parse("[16]"),
            ["optimizer"] = ParameterValue.FromString("adam"),
            ["learningRate"] = ParameterValue.FromDouble(0.01),
            ["batchSize"] = ParameterValue.FromInt64(16),
            ["epochs"] = ParameterValue.FromInt64(15),
        };
        foreach (var (name, value) in overrides)
        {
            values[name] = value switch
            {
                string text when text.StartsWith('[') => ParameterValue.Parse(text),
                string text => ParameterValue.FromString(text),
                int number => ParameterValue.FromInt64(number),
                _ => ParameterValue.FromDouble(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
            };
        }

        return new TrialParameters(values);
    }

    /// <summary>
    /// A linear model on the diabetes split, trained full-batch (300 rows) by plain gradient descent,
    /// with <paramref name="overrides"/> laid over it.
    /// </summary>
    public static TrainingRequest Diabetes(params (string Name, object Value)[] overrides)
    {
        var defaults = new (string, object)[]
        {
            ("architecture", "linear"), ("optimizer", "sgd"), ("momentum", 0.0), ("learningRate", 0.15),
            ("batchSize", 300), ("epochs", 2000),
        };
        return new(
            IrisParameters([.. defaults, .. overrides]),
            TestData.DiabetesSpec(),
            Seed: 5,
            Threads: 1,
            TestPaths.NewTemporaryDirectory("torch-artifact"));
    }

    public static TrainingRequest Iris(TrialParameters parameters, DataSpec? data = null, int seed = 11) =>
        new(
            parameters,
            data ?? TestData.IrisSpec(),
            seed,
            Threads: 1,
            TestPaths.NewTemporaryDirectory("torch-artifact"));
}
