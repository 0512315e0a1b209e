using TrainTasks.TestKit;

namespace TrainTasks.Cli.Tests;

/// <summary>Writes small sweep specs over the digits data copied into a test folder.</summary>
internal static class SpecFiles
{
    public const string DigitsSpec = """
        {
          "name": "digits",
          "seed": 5,
          "threads": 1,
          "data": {
            "format": "csv",
            "train": { "table": "digits.csv.gz" },
            "test": { "table": "digits.csv.gz" },
            "validationFraction": 0.2,
            "trainLimit": 600,
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
    public static string WriteDigitsSpec(string directory, Func<string, string>? edit = null)
    {
        var data = Path.Combine(TestPaths.DataDirectory, "digits.csv.gz");
        File.Copy(data, Path.Combine(directory, "digits.csv.gz"), overwrite: true);
        var path = Path.Combine(directory, "digits.sweep.json");
        File.WriteAllText(path, (edit ?? (text => text))(DigitsSpec));
        return path;
    }

    /// <summary>The 1-based line of the first occurrence of <paramref name="text"/>.</summary>
    public static int LineOf(string path, string text) =>
        Array.FindIndex(File.ReadAllLines(path), line => line.Contains(text, StringComparison.Ordinal)) + 1;
}
