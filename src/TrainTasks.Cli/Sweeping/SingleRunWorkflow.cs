using System.Text.Json;
using System.Text.Json.Nodes;
using TrainTasks.Cli.Console;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Fingerprints;
using TrainTasks.Core.IO;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;
using TrainTasks.Torch.Training;

namespace TrainTasks.Cli.Sweeping;

/// <summary>
/// The steps of <c>dotnet train run</c>: the spec's fixed parameters with the user's settings,
/// trained once; the model and a metrics file written, the metrics printed as JSON.
/// </summary>
internal sealed class SingleRunWorkflow
{
    private readonly SingleRunOptions _options;
    private readonly ToolConsole _console;

    public SingleRunWorkflow(SingleRunOptions options, ToolConsole console)
    {
        _options = options;
        _console = console;
    }

    public ExitCode Run(CancellationToken cancellationToken)
    {
        var spec = SpecInput.Load(_options.Spec, trials: null, seed: null, _console);
        var assignments = spec is null ? null : ParseAssignments();
        if (spec is null || assignments is null)
        {
            return ExitCode.BadInput;
        }

        NativeStartup.Load(_console);
        using var trainer = new TorchTrainer();
        trainer.LoadData(spec.Data);
        var directory = _options.Output?.FullName
            ?? Path.Combine(Path.GetDirectoryName(spec.SpecPath)!, "models", spec.Name, "run");
        Directory.CreateDirectory(directory);
        var parameters = spec.Fixed.With(assignments);
        var request = new TrainingRequest(parameters, spec.Data, spec.Seed, spec.Threads, directory);
        var result = trainer.Train(request, new ConsoleReporter(_console), cancellationToken);
        var metrics = new Dictionary<string, double>(result.Metrics) { ["parameter_count"] = result.ParameterCount };
        if (spec.Data.Test is not null)
        {
            var modelFile = Path.Combine(directory, result.ModelFileName);
            foreach (var (name, value) in trainer.Evaluate(parameters, spec.Data, modelFile))
            {
                metrics[name] = value;
            }
        }

        var json = MetricsJson.Write(metrics);
        AtomicFile.WriteAllText(Path.Combine(directory, "metrics.json"), json + "\n");
        _console.Result(json);
        return ExitCode.Success;
    }

    private List<KeyValuePair<string, ParameterValue>>? ParseAssignments()
    {
        var parsed = new List<KeyValuePair<string, ParameterValue>>();
        var valid = true;
        foreach (var assignment in _options.Assignments)
        {
            var equals = assignment.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? assignment[..equals] : assignment;
            var parameter = BuiltInParameters.Find(name);
            if (equals <= 0 || parameter is null)
            {
                var names = string.Join(", ", BuiltInParameters.All.Select(known => known.Name));
                var rule = $"write name=value with a name among {names}";
                _console.Report(Messages.Cli_InvalidAssignment(assignment, rule));
                valid = false;
                continue;
            }

            var value = ParseValue(assignment[(equals + 1)..]);
            if (!parameter.Accepts(value))
            {
                _console.Report(Messages.Cli_InvalidAssignment(assignment, $"{name} must be {parameter.Rule}"));
                valid = false;
                continue;
            }

            parsed.Add(new(name, parameter.Normalize(value)));
        }

        return valid ? parsed : null;
    }

    private static ParameterValue ParseValue(string text)
    {
        try
        {
            return ParameterValue.FromJson(JsonNode.Parse(text));
        }
        catch (JsonException)
        {
            return ParameterValue.FromString(text);
        }
    }

    private sealed class ConsoleReporter(ToolConsole console) : IReporter
    {
        public void Report(EpochRecord epoch) =>
            console.WriteLine(Verbosity.Normal, $"epoch {epoch.Epoch}: {TrialText.Epoch(epoch)}");
    }
}
