using System.Text.Json;
using TrainTasks.Core.Diagnostics;
using TrainTasks.TestKit;

namespace TrainTasks.Cli.Tests;

/// <summary>
/// The gradient strategy with the real trainer on ridge regression, where the best validation
/// loss over λ is known in closed form: diabetes data, first 300 rows train, last 142 validate.
/// </summary>
public sealed class RidgeGradientSweepTests
{
    private static readonly RidgeProblem s_problem = RidgeClosedForm.LoadDiabetes();

    private readonly string _directory = TestPaths.NewTemporaryDirectory();

    // The best closed-form validation loss over 2,000 log-spaced λ in [1e-6, 1e3]; the walk must
    // end within 0.5 % of it from either side of the optimum (λ ≈ 0.2).
    [Theory]
    [InlineData(10.0)]
    [InlineData(1e-4)]
    public void Sweep_FromEitherSide_EndsWithinHalfAPercentOfTheBestValidationLoss(double start)
    {
        var best = Enumerable.Range(0, 2000)
            .Select(index => Math.Pow(10, -6 + (9.0 * index / 1999)))
            .Min(lambda => RidgeClosedForm.ValidationMse(s_problem, lambda));
        var spec = WriteSpec(start);

        var run = ToolRun.Invoke("sweep", spec, "--cache-dir", Path.Combine(_directory, "cache"), "--progress", "none");

        Assert.True(run.ExitCode == (int)ExitCode.Success, run.Error);
        using var bestParams = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(_directory, "models", "ridge", "best-params.json")));
        var value = bestParams.RootElement.GetProperty("value").GetDouble();
        var lambda = bestParams.RootElement.GetProperty("params").GetProperty("l2").GetDouble();
        Assert.True(value <= best * 1.005, $"val_mse {value} at λ = {lambda}; closed-form best {best}");
        // The reported value is the validation loss of the model trained at that λ, in the target's
        // units: it agrees with the closed form there to the precision of float training.
        var closedForm = RidgeClosedForm.ValidationMse(s_problem, lambda);
        Assert.True(Math.Abs(value - closedForm) < 1e-3 * closedForm, $"{value} against {closedForm} at λ = {lambda}");
    }

    private string WriteSpec(double start)
    {
        var data = TestPaths.DataDirectory;
        var text = $$"""
            {
              "name": "ridge",
              "seed": 7,
              "threads": 1,
              "data": {
                "format": "csv",
                "task": "regression",
                "csv": { "separator": " " },
                "train": {
                  "table": {{JsonSerializer.Serialize(Path.Combine(data, "diabetes_data_raw.csv.gz"))}},
                  "targets": {{JsonSerializer.Serialize(Path.Combine(data, "diabetes_target.csv.gz"))}}
                },
                "validationRows": 142
              },
              "model": { "architecture": "linear" },
              "training": {
                "optimizer": "adam", "schedule": "cosine", "learningRate": 0.3, "batchSize": 300,
                "epochs": 1000, "l2": {{start.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}}
              },
              "space": { "l2": { "type": "float", "low": 1e-6, "high": 1000, "log": true } },
              "objective": { "metric": "val_mse", "direction": "minimize" },
              "strategy": "gradient",
              "budget": { "trials": 40 }
            }
            """;
        var path = Path.Combine(_directory, "ridge.sweep.json");
        File.WriteAllText(path, text);
        return path;
    }
}
