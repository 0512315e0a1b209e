using System.Text.Json;

// The build put the tuned ridge model and its penalty beside this program.
var modelsDirectory = Path.Combine(AppContext.BaseDirectory, "models", "ridge-diabetes");
var bestParamsFile = Path.Combine(modelsDirectory, "best-params.json");
if (!File.Exists(bestParamsFile))
{
    Console.Error.WriteLine($"No tuned model at {modelsDirectory}; run dotnet build first.");
    return 1;
}

using var document = JsonDocument.Parse(File.ReadAllText(bestParamsFile));
var root = document.RootElement;
Console.WriteLine($"L2 penalty: {root.GetProperty("params").GetProperty("l2")}");
Console.WriteLine($"Validation mean squared error: {root.GetProperty("value")}");
Console.WriteLine($"Model: {Path.Combine(modelsDirectory, "model.bin")}");
return 0;
