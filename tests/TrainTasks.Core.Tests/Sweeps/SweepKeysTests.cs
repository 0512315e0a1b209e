using TrainTasks.Core.Fingerprints;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Sweeps;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Sweeps;

public sealed class SweepKeysTests : IDisposable
{
    private static readonly TrainerIdentity s_trainer = new("test", "1");

    private readonly string _folder = Directory.CreateTempSubdirectory("sweep-keys-").FullName;

    public SweepKeysTests()
    {
        File.WriteAllText(Path.Combine(_folder, "table.csv"), "1,2\n3,4\n5,6\n");
        File.WriteAllText(Path.Combine(_folder, "targets.csv"), "10\n20\n30\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void FingerprintInputs_ValidationRowsChanged_GiveOtherFingerprint()
    {
        var first = Fingerprint(RegressionSpec(validationRows: 1));
        var second = Fingerprint(RegressionSpec(validationRows: 2));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void FingerprintInputs_TargetsFileContentChanged_GivesOtherFingerprint()
    {
        var before = Fingerprint(RegressionSpec(validationRows: 1));
        File.WriteAllText(Path.Combine(_folder, "targets.csv"), "10\n20\n31\n");

        var after = Fingerprint(RegressionSpec(validationRows: 1));

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void FingerprintInputs_RegressionAndClassificationOfOneTable_DifferInTask()
    {
        var regression = Inputs(RegressionSpec(validationRows: 1));

        Assert.Equal("regression", regression.DataOptions!["task"]!.GetValue<string>());
        Assert.Equal(1, regression.DataOptions!["validationRows"]!.GetValue<int>());
    }

    private string Fingerprint(string json) => TrialFingerprint.Compute(Inputs(json));

    private TrialFingerprintInputs Inputs(string json)
    {
        var result = SweepSpecLoader.Parse(json, "sweep.json", _folder);
        Assert.Empty(result.Diagnostics);
        var keys = SweepKeys.Create(result.Spec!, s_trainer, new FileContentHasher(memoPath: null));
        return keys.FingerprintInputs(TrialParameters.FromJson("""{"l2":0.1}"""));
    }

    private static string RegressionSpec(int validationRows) => $$"""
        {
          "name": "ridge",
          "data": {
            "format": "csv",
            "task": "regression",
            "train": { "table": "table.csv", "targets": "targets.csv" },
            "validationRows": {{validationRows}}
          },
          "model": { "architecture": "linear" },
          "space": { "l2": { "type": "float", "low": 0.001, "high": 1, "log": true } },
          "objective": { "metric": "val_mse", "direction": "minimize" },
          "strategy": "random",
          "budget": { "trials": 2 }
        }
        """;
}
