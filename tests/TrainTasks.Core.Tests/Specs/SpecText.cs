using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Specs;

namespace TrainTasks.Core.Tests.Specs;

/// <summary>Spec texts and helpers for the loader tests.</summary>
internal static class SpecText
{
    public const string File = "sweep.json";

    public const string BaseDirectory = "/specs/fashion";

    /// <summary>A valid spec; each property sits on its own line so tests can name positions.</summary>
    public const string Valid = """
        {
          "$schema": "./sweep.schema.json",
          "name": "fashion-mlp",
          "seed": 42,
          "data": {
            "format": "idx",
            "train": { "images": "data/train-images.gz", "labels": "data/train-labels.gz" }
          },
          "model": { "hidden": [256, 128], "dropout": 0.1 },
          "training": { "optimizer": "adam", "epochs": 3 },
          "space": {
            "learningRate": { "type": "float", "low": 1e-4, "high": 1e-2, "log": true },
            "batchSize": { "type": "int", "low": 32, "high": 256, "log": true },
            "hidden": { "type": "categorical", "choices": [[128], [256, 128]] }
          },
          "objective": { "metric": "val_accuracy" },
          "strategy": "random",
          "budget": { "trials": 12 }
        }
        """;

    public static SpecLoadResult Load(string json) => SweepSpecLoader.Parse(json, File, BaseDirectory);

    /// <summary>The single diagnostic of a spec expected to have exactly one.</summary>
    public static Diagnostic Single(string json)
    {
        var result = Load(json);
        return Assert.Single(result.Diagnostics);
    }

    /// <summary>The valid spec with one line replaced.</summary>
    public static string ValidWith(string line, string replacement)
    {
        Assert.Contains(line, Valid);
        return Valid.Replace(line, replacement, StringComparison.Ordinal);
    }
}
