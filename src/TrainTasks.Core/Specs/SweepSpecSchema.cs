namespace TrainTasks.Core.Specs;

/// <summary>
/// The JSON Schema (draft 2020-12) of sweep specs, for editors: completion and checks as the
/// user types. The loader is the authority; the schema states the same keys, types and ranges
/// but cannot express every rule (such as a grid needing steps).
/// </summary>
public static class SweepSpecSchema
{
    /// <summary>The name of the embedded resource that holds the schema.</summary>
    public const string ResourceName = "TrainTasks.Core.Specs.sweep.schema.json";

    /// <summary>The schema text.</summary>
    public static string Read()
    {
        using var stream = typeof(SweepSpecSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly lacks the resource {ResourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
