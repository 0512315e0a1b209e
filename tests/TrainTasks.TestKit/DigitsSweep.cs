namespace TrainTasks.TestKit;

/// <summary>
/// A small grid sweep over the digits data (4 trials of 2 epochs on 500 rows, seconds to run),
/// written with its data into a test folder; tests edit its text to make their cases.
/// </summary>
public static class DigitsSweep
{
    /// <summary>The spec's file name.</summary>
    public const string SpecFileName = "digits.sweep.json";

    /// <summary>The spec's text.</summary>
    public const string Spec = """
        {
          "name": "digits",
          "seed": 5,
          "threads": 1,
          "data": {
            "format": "csv",
            "train": { "table": "digits.csv.gz" },
            "test": { "table": "digits.csv.gz" },
            "validationFraction": 0.2,
            "trainLimit": 500,
            "csv": { "labelColumn": -1, "headerRows": 0 }
          },
          "model": { "architecture": "mlp", "hidden": [16], "activation": "relu", "dropout": 0 },
          "training": { "optimizer": "adam", "learningRate": 0.01, "batchSize": 32, "epochs": 2 },
          "space": {
            "learningRate": { "type": "categorical", "choices": [0.003, 0.01] },
            "hidden": { "type": "categorical", "choices": [[16], [32]] }
          },
          "objective": { "metric": "val_accuracy", "direction": "maximize" },
          "strategy": "grid",
          "budget": { "trials": 4 }
        }
        """;

    /// <summary>Copies the digits data into <paramref name="directory"/> and writes the spec beside it.</summary>
    /// <returns>The spec's full path.</returns>
    public static string WriteTo(string directory, Func<string, string>? edit = null)
    {
        var data = Path.Combine(TestPaths.DataDirectory, "digits.csv.gz");
        File.Copy(data, Path.Combine(directory, "digits.csv.gz"), overwrite: true);
        var path = Path.Combine(directory, SpecFileName);
        File.WriteAllText(path, (edit ?? (text => text))(Spec));
        return path;
    }
}
