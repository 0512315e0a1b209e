using System.Text.Json.Nodes;
using TrainTasks.Core.Diagnostics;
using TrainTasks.TestKit;

namespace TrainTasks.Cli.Tests;

public sealed class ToolCommandLineTests
{
    private readonly string _directory = TestPaths.NewTemporaryDirectory();

    [Fact]
    public void Invoke_UnknownOption_ExitsWithBadInputAndCode()
    {
        var run = ToolRun.Invoke("sweep", "x.json", "--no-such-option");

        Assert.Equal((int)ExitCode.BadInput, run.ExitCode);
        Assert.Contains("error TT1501", run.Error);
    }

    [Fact]
    public void Sweep_MissingSpecFile_ExitsWithBadInput()
    {
        var run = ToolRun.Invoke("sweep", Path.Combine(_directory, "absent.sweep.json"));

        Assert.Equal((int)ExitCode.BadInput, run.ExitCode);
        Assert.Contains("error TT1503", run.Error);
    }

    [Fact]
    public void Sweep_TrialsBelowOne_ExitsWithBadInput()
    {
        var spec = SpecFiles.WriteDigitsSpec(_directory);

        var run = ToolRun.Invoke("sweep", spec, "--trials", "0");

        Assert.Equal((int)ExitCode.BadInput, run.ExitCode);
        Assert.Contains("error TT1502", run.Error);
    }

    [Fact]
    public void Sweep_UnknownKeyInSpec_PointsAtFileAndLineAndChangesNothing()
    {
        var spec = SpecFiles.WriteDigitsSpec(_directory, text => text.Replace("\"epochs\"", "\"epochz\""));
        var cache = Path.Combine(_directory, "cache");

        var run = ToolRun.Invoke("sweep", spec, "--cache-dir", cache);

        Assert.Equal((int)ExitCode.BadInput, run.ExitCode);
        var line = SpecFiles.LineOf(spec, "\"epochz\"");
        Assert.Matches($@"digits\.sweep\.json\({line},\d+\): error TT1\d{{3}}: \$\.training\.epochz", run.Error);
        Assert.False(Directory.Exists(cache));
        Assert.False(Directory.Exists(Path.Combine(_directory, ".traintasks")));
    }

    [Fact]
    public void Sweep_TruncatedDataFile_ExitsWithBadInputAndChangesNothing()
    {
        var spec = SpecFiles.WriteDigitsSpec(_directory);
        var data = Path.Combine(_directory, "digits.csv.gz");
        File.WriteAllBytes(data, File.ReadAllBytes(data)[..27774]);
        var cache = Path.Combine(_directory, "cache");

        var run = ToolRun.Invoke("sweep", spec, "--cache-dir", cache, "--progress", "none");

        Assert.Equal((int)ExitCode.BadInput, run.ExitCode);
        Assert.Contains("error TT4010", run.Error);
        Assert.False(Directory.Exists(cache));
        Assert.False(Directory.Exists(Path.Combine(_directory, ".traintasks")));
    }

    [Theory]
    [InlineData("{ \"type\": \"tpe\", \"startupTrials\": 2 }")]
    [InlineData("{ \"type\": \"tpe\", \"startupTrials\": 2, \"multivariate\": true }")]
    [InlineData("{ \"type\": \"gp\", \"startupTrials\": 2 }")]
    [InlineData("\"sobol\"")]
    public void Sweep_ModelBasedStrategy_RunsTheBudgetAndWritesTheModel(string strategy)
    {
        var spec = SpecFiles.WriteDigitsSpec(_directory, text => text
            .Replace("\"strategy\": \"grid\"", $"\"strategy\": {strategy}")
            .Replace(
                "\"learningRate\": { \"type\": \"categorical\", \"choices\": [0.003, 0.01] }",
                "\"learningRate\": { \"type\": \"float\", \"low\": 0.001, \"high\": 0.1, \"log\": true }"));

        var run = ToolRun.Invoke("sweep", spec, "--cache-dir", Path.Combine(_directory, "cache"), "--progress", "none");

        Assert.True(run.ExitCode == 0, run.Error);
        var trials = File.ReadAllLines(Path.Combine(_directory, "models", "digits", "trials.csv"));
        Assert.Equal(5, trials.Length);
        Assert.True(File.Exists(Path.Combine(_directory, "models", "digits", "model.bin")));
    }

    [Fact]
    public void Sweep_GridOverMomentumUnderSgd_TrainsThreeConfigurationsAndReportsWhatTheTrainerUsed()
    {
        var spec = SpecFiles.WriteDigitsSpec(_directory, text => ConditionalSpace(text, "[0.5, 0.9]"));

        var run = ToolRun.Invoke("sweep", spec, "--cache-dir", Path.Combine(_directory, "cache"), "--progress", "none");

        Assert.True(run.ExitCode == 0, run.Error);
        var output = Path.Combine(_directory, "models", "digits");
        var rows = File.ReadAllLines(Path.Combine(output, "trials.csv")).Skip(1).ToArray();
        Assert.Equal(3, rows.Length);
        Assert.Equal(3, rows.Select(row => row.Split(',')[4]).Distinct().Count());
        Assert.Contains("all 3 grid points have been evaluated", File.ReadAllText(Path.Combine(output, "report.md")));
        Assert.Contains("stopped before the budget of", run.Output);
        Assert.Contains("the search space is exhausted: all 3 grid points have been evaluated", run.Output);
        var best = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "best-params.json")))!;
        var optimizer = best["params"]!["optimizer"]!.GetValue<string>();
        var effectiveMomentum = best["effectiveParams"]!["momentum"]!.GetValue<double>();
        var searchedMomentum = best["params"]!["momentum"]?.GetValue<double>();
        Assert.Equal(optimizer == "sgd", searchedMomentum is not null);
        Assert.Equal(searchedMomentum ?? 0.8, effectiveMomentum);
    }

    [Fact]
    public void Sweep_TpeOverConditionalSpace_ReportsItsStartupTrials()
    {
        var spec = SpecFiles.WriteDigitsSpec(_directory, text => ConditionalSpace(text, "[0.5, 0.7, 0.9]")
            .Replace("\"strategy\": \"grid\"", "\"strategy\": { \"type\": \"tpe\", \"startupTrials\": 2 }")
            .Replace("\"trials\": 4", "\"trials\": 3"));

        var run = ToolRun.Invoke("sweep", spec, "--cache-dir", Path.Combine(_directory, "cache"), "--progress", "none");

        Assert.True(run.ExitCode == 0, run.Error);
        var report = File.ReadAllText(Path.Combine(_directory, "models", "digits", "report.md"));
        Assert.Contains("Strategy `tpe` proposed 2 trials at random during its start-up", report);
    }

    [Fact]
    public void Help_ListsTheExitCodes()
    {
        var run = ToolRun.Invoke("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 bad input", run.Output);
    }

    [Fact]
    public void Sweep_GradientOverCategoricalParameters_ExitsWithBadInputAtEachOne()
    {
        const string BatchSize = "\"batchSize\": { \"type\": \"int\", \"low\": 16, \"high\": 64 },";
        var spec = SpecFiles.WriteDigitsSpec(
            _directory,
            text => GradientSpec(text).Replace("\"space\": {", $"\"space\": {{\n    {BatchSize}"));

        var run = ToolRun.Invoke("sweep", spec, "--cache-dir", Path.Combine(_directory, "cache"));

        Assert.Equal((int)ExitCode.BadInput, run.ExitCode);
        var line = SpecFiles.LineOf(spec, "\"batchSize\": { \"type\"");
        Assert.Matches($@"digits\.sweep\.json\({line},\d+\): error TT1050: \$\.space\.batchSize", run.Error);
        Assert.False(Directory.Exists(Path.Combine(_directory, ".traintasks")));
    }

    [Fact]
    public void Sweep_Gradient_StartsAtTheFixedValueAndReportsThePath()
    {
        var spec = SpecFiles.WriteDigitsSpec(_directory, text => GradientSpec(text)
            .Replace(
                "\"learningRate\": { \"type\": \"categorical\", \"choices\": [0.003, 0.01] },",
                "\"l2\": { \"type\": \"float\", \"low\": 1e-6, \"high\": 0.1, \"log\": true }")
            .Replace("\"hidden\": { \"type\": \"categorical\", \"choices\": [[16], [32]] }", "")
            .Replace("\"epochs\": 2", "\"epochs\": 2, \"l2\": 1e-4")
            .Replace("\"trials\": 4", "\"trials\": 2"));

        var run = ToolRun.Invoke("sweep", spec, "--cache-dir", Path.Combine(_directory, "cache"), "--progress", "none");

        Assert.True(run.ExitCode == (int)ExitCode.Success, run.Error);
        var report = File.ReadAllText(Path.Combine(_directory, "models", "digits", "report.md"));
        Assert.Contains("## Path of the hyperparameters", report, StringComparison.Ordinal);
        Assert.Contains("hypergrad.l2", report, StringComparison.Ordinal);
        Assert.Contains("| 0 | complete | ", report, StringComparison.Ordinal);
        Assert.Contains(" | 0.0001 | ", report, StringComparison.Ordinal);
    }

    private static string GradientSpec(string digits) => digits
        .Replace("\"strategy\": \"grid\"", "\"strategy\": { \"type\": \"gradient\", \"rate\": 0.5 }")
        .Replace(
            "\"objective\": { \"metric\": \"val_accuracy\", \"direction\": \"maximize\" }",
            "\"objective\": { \"metric\": \"val_loss\", \"direction\": \"minimize\" }");

    // The digits spec searching the optimizer, with a momentum that only SGD uses (fixed at 0.8).
    private static string ConditionalSpace(string spec, string momenta) => spec
        .Replace("\"optimizer\": \"adam\",", "\"optimizer\": \"adam\", \"momentum\": 0.8,")
        .Replace(
            "\"hidden\": { \"type\": \"categorical\", \"choices\": [[16], [32]] }",
            "\"optimizer\": { \"type\": \"categorical\", \"choices\": [\"sgd\", \"adam\"] },\n"
                + $"    \"momentum\": {{ \"type\": \"categorical\", \"choices\": {momenta}, "
                + "\"when\": { \"optimizer\": \"sgd\" } }")
        .Replace(
            "\"learningRate\": { \"type\": \"categorical\", \"choices\": [0.003, 0.01] },\n",
            "");
}
