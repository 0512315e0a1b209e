namespace TrainTasks.TestKit;

/// <summary>
/// Where the fake training tool (<c>fake-train.dll</c>, built from <c>FakeTool/</c>) sits: copied
/// beside the test assembly by a project reference, with its runtime configuration and
/// dependency file, so it starts through <c>dotnet exec</c> like the real tool.
/// </summary>
public static class FakeTool
{
    /// <summary>Full path of <c>fake-train.dll</c>.</summary>
    public static string AssemblyPath => Path.Combine(AppContext.BaseDirectory, "fake-train.dll");
}
