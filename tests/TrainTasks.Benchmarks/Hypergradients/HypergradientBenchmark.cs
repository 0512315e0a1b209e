using System.Diagnostics;
using TorchSharp;
using TorchSharp.Modules;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;
using TrainTasks.Torch.Data;
using TrainTasks.Torch.Hypergradients;
using TrainTasks.Torch.Native;
using TrainTasks.Torch.Training;
using static TorchSharp.torch;

namespace TrainTasks.Benchmarks.Hypergradients;

/// <summary>
/// Trains the MLP 784-256-128-10 on Fashion-MNIST (54,000 training and 6,000 validation rows; SGD with
/// momentum, cosine schedule, l2 5e-4, 2 threads) for a few timed epochs, then takes the implicit
/// hypergradients of <c>l2</c>, <c>l2.0</c>, <c>l2.1</c> and <c>l2.2</c> at those weights: once with every
/// training row, then with subsets of each size and kind over several seeds, timing each.
/// </summary>
internal sealed class HypergradientBenchmark(HypergradientBenchmarkOptions options, TextWriter progress)
{
    private const int Seed = 1;
    private const int Threads = 2;
    private const double ValidationFraction = 0.1;

    private static readonly string[] s_names = ["l2", "l2.0", "l2.1", "l2.2"];

    public HypergradientResult Run()
    {
        TorchNativeLoader.EnsureLoaded();
        var spec = FashionSpec();
        using var data = new TensorData(DatasetLoader.LoadTrain(spec));
        var split = DatasetSplit.Create(data.Dataset.Count, ValidationFraction, Seed);
        var parameters = Parameters();
        var training = TrainingOptions.From(parameters);
        TorchSettings.Prepare(Seed, Threads);
        using var session = new TrainingSession(training, data, split, Seed, standardize: false);
        var epochSeconds = TrainEpochs(session);
        using var trainRows = Rows(split.TrainRows);
        using var validationRows = Rows(split.ValidationRows);
        var problem = new Problem(
            session.Model,
            training,
            new LossData(data.Features, data.Labels, trainRows, Regression: false),
            new LossData(data.Features, data.Labels, validationRows, Regression: false),
            new TrainingRequest(parameters, spec, Seed, Threads, Path.GetTempPath()) { Hypergradients = s_names });

        var (validationSeconds, productSeconds) = TimeParts(problem);
        var all = options.Reference
            ? Compute(problem, new HypergradientSettings(NeumannTerms: options.Terms, HessianRows: null), Seed)
            : Unmeasured();
        var allRows = all with
        {
            Epochs = all.Seconds / epochSeconds.Wall,
            CpuEpochs = all.CpuSeconds / epochSeconds.Cpu,
        };
        progress.WriteLine($"every row: {all.Seconds:F1} s ({all.CpuSeconds:F1} s CPU), l2 {all.Values["l2"]:G6}");
        var subsets = options.Samplings
            .SelectMany(sampling => options.Rows.Select(rows => Subsets(problem, all, sampling, rows, epochSeconds)))
            .ToArray();
        return new HypergradientResult(
            problem.Train.Count, problem.Validation.Count, options.Epochs, options.Terms, epochSeconds.Wall,
            epochSeconds.Cpu, validationSeconds, productSeconds, allRows, subsets);
    }

    private (double Wall, double Cpu) TrainEpochs(TrainingSession session)
    {
        var times = new List<(double Wall, double Cpu)>();
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            times.Add(Measure(() => session.TrainEpoch(epoch, CancellationToken.None)));
            progress.WriteLine($"epoch {epoch}: {times[^1]} s, validation {session.Validate()}");
        }

        return (Median(times.Select(time => time.Wall)), Median(times.Select(time => time.Cpu)));
    }

    // One pass of the validation gradient and one Hessian-vector product over every training row: the
    // two kinds of work a hypergradient is made of.
    private static (double Validation, double Product) TimeParts(Problem problem)
    {
        problem.Model.eval();
        using var scope = NewDisposeScope();
        var parameters = problem.Model.parameters().ToArray();
        var validation = Time(() =>
        {
            foreach (var (features, targets, weight) in problem.Validation.Chunks())
            {
                using var chunk = NewDisposeScope();
                var loss = Objectives.DataLoss(problem.Model.call(features), targets, regression: false) * weight;
                _ = autograd.grad([loss], parameters);
            }
        });
        using var hyper = new HyperparameterTensors(problem.Options, s_names, s_names.Length - 1, float32);
        var method = new ImplicitHypergradient(
            problem.Model, parameters, problem.Weights, hyper, problem.Options.WeightDecay, problem.Train, Seed);
        var direction = parameters.Select(parameter => randn_like(parameter)).ToArray();
        var product = Time(() => method.HessianVectorProduct(direction));
        return (validation, product);
    }

    private SubsetSummary Subsets(
        Problem problem,
        HypergradientTiming all,
        HessianSampling sampling,
        int rows,
        (double Wall, double Cpu) epoch)
    {
        var settings = new HypergradientSettings(
            NeumannTerms: options.Terms, HessianRows: rows, HessianSampling: sampling);
        var runs = Enumerable.Range(Seed, options.Seeds).Select(seed => Compute(problem, settings, seed)).ToArray();
        var l2Errors = runs.Select(run => RelativeError(run, all, ["l2"])).ToArray();
        var layerErrors = runs.Select(run => RelativeError(run, all, s_names[1..])).ToArray();
        var (seconds, cpu) = (runs.Average(run => run.Seconds), runs.Average(run => run.CpuSeconds));
        var name = sampling == HessianSampling.Fixed ? "fixed" : "perTerm";
        progress.WriteLine($"{name} {rows}: {seconds:F1} s ({cpu:F1} s CPU), l2 error {l2Errors.Average():P1}");
        return new SubsetSummary(
            name, rows, options.Seeds, seconds, seconds / epoch.Wall, cpu, cpu / epoch.Cpu, l2Errors.Average(),
            l2Errors.Max(), layerErrors.Average(), layerErrors.Max(),
            runs.Select(run => run.Values["l2"]).ToArray());
    }

    private static HypergradientTiming Compute(Problem problem, HypergradientSettings settings, int seed)
    {
        var request = problem.Request with { Seed = seed, HypergradientSettings = settings };
        using var run = HypergradientRun.Create(
            request, problem.Options, (Sequential)problem.Model, problem.Weights, problem.Train, totalSteps: 0)!;
        Dictionary<string, double> values = [];
        var (seconds, cpu) = Measure(() => values = run.Finish(problem.Model, problem.Validation));
        var named = values.ToDictionary(
            pair => pair.Key[HypergradientMetrics.Prefix.Length..], pair => pair.Value);
        return new HypergradientTiming(seconds, double.NaN, cpu, double.NaN, named);
    }

    private static HypergradientTiming Unmeasured() =>
        new(double.NaN, double.NaN, double.NaN, double.NaN, s_names.ToDictionary(name => name, _ => double.NaN));

    private static double RelativeError(HypergradientTiming run, HypergradientTiming all, string[] names)
    {
        var difference = names.Sum(name => Math.Pow(run.Values[name] - all.Values[name], 2));
        var size = names.Sum(name => Math.Pow(all.Values[name], 2));
        return Math.Sqrt(difference / size);
    }

    private DataSpec FashionSpec() =>
        new(
            "idx",
            new DataFiles(
                Path.Combine(options.DataDirectory, "train-images-idx3-ubyte.gz"),
                Path.Combine(options.DataDirectory, "train-labels-idx1-ubyte.gz")),
            Test: null,
            ValidationFraction,
            options.TrainLimit);

    private TrialParameters Parameters() =>
        TrialParameters.FromJson($$"""
            {"architecture":"mlp","hidden":[256,128],"optimizer":"sgd","momentum":0.9,"learningRate":0.05,
             "batchSize":128,"epochs":{{options.Epochs}},"schedule":"cosine","l2":0.0005}
            """);

    private static Tensor Rows(int[] rows) => tensor(rows.Select(row => (long)row).ToArray());

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return (sorted[(sorted.Length - 1) / 2] + sorted[sorted.Length / 2]) / 2;
    }

    private static double Time(Action action) => Measure(action).Wall;

    // Wall-clock and process CPU seconds: on a shared machine the CPU time varies less with the load
    // of other processes than the wall clock does.
    private static (double Wall, double Cpu) Measure(Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        process.Refresh();
        return (clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    private sealed record Problem(
        nn.Module<Tensor, Tensor> Model,
        TrainingOptions Options,
        LossData Train,
        LossData Validation,
        TrainingRequest Request)
    {
        public int[] Weights { get; } = Model.named_parameters()
            .Select((pair, index) => (pair.name, index))
            .Where(pair => pair.name.EndsWith("weight", StringComparison.Ordinal))
            .Select(pair => pair.index)
            .ToArray();
    }
}
