using System.Text.Json;

// Reads the script named by TRAINTASKS_FAKE_TOOL_SCRIPT (see TestKit's FakeToolScript), records
// its own arguments beside it, prints the scripted lines and exits with the scripted code.
var scriptPath = Environment.GetEnvironmentVariable("TRAINTASKS_FAKE_TOOL_SCRIPT");
if (string.IsNullOrEmpty(scriptPath))
{
    Console.Error.WriteLine("fake-train: TRAINTASKS_FAKE_TOOL_SCRIPT is not set");
    return 99;
}

File.WriteAllText(scriptPath + ".args.json", JsonSerializer.Serialize(args));
using var document = JsonDocument.Parse(File.ReadAllText(scriptPath));
var script = document.RootElement;
foreach (var line in script.GetProperty("StandardOutput").EnumerateArray())
{
    Console.Out.WriteLine(line.GetString());
}

foreach (var line in script.GetProperty("StandardError").EnumerateArray())
{
    Console.Error.WriteLine(line.GetString());
}

var stampIndex = Array.IndexOf(args, "--stamp");
if (script.GetProperty("WriteStamp").GetBoolean() && stampIndex >= 0 && stampIndex + 1 < args.Length)
{
    Directory.CreateDirectory(Path.GetDirectoryName(args[stampIndex + 1])!);
    File.WriteAllText(args[stampIndex + 1], "{}");
}

return script.GetProperty("ExitCode").GetInt32();
