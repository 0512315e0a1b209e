using System.Text.Json;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Benchmarks.Samplers;

/// <summary>
/// Runs <c>samplers [--seeds N] [--first-seed N] [--reps N] [--samplers A,B] [--out PATH] [--quick]</c>: writes the
/// results to the output file and prints them on stdout; progress goes to stderr.
/// </summary>
internal static class SamplerBenchmarkCommand
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    public static int Run(string[] args, TextWriter output, TextWriter progress)
    {
        var options = SamplerBenchmarkOptions.Parse(args);
        if (options is null)
        {
            progress.WriteLine(SamplerBenchmarkOptions.Usage);
            return (int)ExitCode.BadInput;
        }

        var results = new SamplerBenchmark(options, progress).Run();

        var json = results.ToJsonString(s_indented);
        var path = Path.GetFullPath(options.OutputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json + "\n");
        output.WriteLine(json);
        progress.WriteLine($"wrote {path}");
        return (int)ExitCode.Success;
    }
}
