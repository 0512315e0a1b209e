using System.Text.Json;

// The build put the tuned model and its parameters beside this program.
var modelsDirectory = Path.Combine(AppContext.BaseDirectory, "models", "fashion-mlp");
var bestParamsFile = Path.Combine(modelsDirectory, "best-params.json");
if (!File.Exists(bestParamsFile))
{
    Console.Error.WriteLine($"No tuned model at {modelsDirectory}; run dotnet build first.");
    return 1;
}

using var document = JsonDocument.Parse(File.ReadAllText(bestParamsFile));
var root = document.RootElement;
Console.WriteLine($"Best {root.GetProperty("objective").GetProperty("metric")}: {root.GetProperty("value")}");
Console.WriteLine($"Test accuracy: {root.GetProperty("metrics").GetProperty("test_accuracy")}");
Console.WriteLine($"Parameters: {root.GetProperty("params")}");
Console.WriteLine($"Model: {Path.Combine(modelsDirectory, "model.bin")}");
return 0;
