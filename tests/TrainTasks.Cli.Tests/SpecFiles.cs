using TrainTasks.TestKit;

namespace TrainTasks.Cli.Tests;

/// <summary>Writes the digits sweep into a test folder and finds text in spec files.</summary>
internal static class SpecFiles
{
    /// <summary>Copies the digits data into <paramref name="directory"/> and writes the spec beside it.</summary>
    public static string WriteDigitsSpec(string directory, Func<string, string>? edit = null) =>
        DigitsSweep.WriteTo(directory, edit);

    /// <summary>The 1-based line of the first occurrence of <paramref name="text"/>.</summary>
    public static int LineOf(string path, string text) =>
        Array.FindIndex(File.ReadAllLines(path), line => line.Contains(text, StringComparison.Ordinal)) + 1;
}
