using System.IO.Compression;
using TorchSharp;
using static TorchSharp.torch;

namespace TrainTasks.Benchmarks;

/// <summary>
/// The same MLP training written directly against TorchSharp, with none of TrainTasks' types: its own IDX
/// reading, split, shuffles, optimizer loop and validation pass.
/// </summary>
internal sealed class BareTrainingLoop : IDisposable
{
    private const int BatchSize = 128;

    private readonly Tensor _images;
    private readonly Tensor _labels;
    private readonly Tensor _trainRows;
    private readonly Tensor _validationRows;
    private readonly int _seed;

    public BareTrainingLoop(string imagesFile, string labelsFile, double validationFraction, int seed)
    {
        var pixels = Unzip(imagesFile)[16..];
        var labels = Unzip(labelsFile)[8..];
        _images = tensor(Array.ConvertAll(pixels, value => value / 255f), [labels.Length, 1, 28, 28]);
        _labels = tensor(Array.ConvertAll(labels, value => (long)value));
        _seed = seed;
        using var generator = new Generator((ulong)seed);
        using var order = randperm(labels.Length, generator: generator);
        var validationCount = (long)Math.Round(labels.Length * validationFraction);
        _validationRows = order.narrow(0, 0, validationCount).clone();
        _trainRows = order.narrow(0, validationCount, labels.Length - validationCount).clone();
    }

    public void Run(int epochs, int threads)
    {
        set_num_threads(threads);
        manual_seed(_seed);
        using var model = nn.Sequential(
            ("flatten", nn.Flatten()),
            ("hidden1", nn.Linear(784, 256)),
            ("relu1", nn.ReLU()),
            ("hidden2", nn.Linear(256, 128)),
            ("relu2", nn.ReLU()),
            ("output", nn.Linear(128, 10)));
        using var optimizer = optim.Adam(model.parameters(), 0.001);
        using var shuffle = new Generator((ulong)_seed);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            TrainEpoch(model, optimizer, shuffle);
            Validate(model);
        }
    }

    public void Dispose()
    {
        _images.Dispose();
        _labels.Dispose();
        _trainRows.Dispose();
        _validationRows.Dispose();
    }

    private void TrainEpoch(nn.Module<Tensor, Tensor> model, optim.Optimizer optimizer, Generator shuffle)
    {
        model.train();
        using var order = _trainRows.index_select(0, randperm(_trainRows.shape[0], generator: shuffle));
        for (long start = 0; start < order.shape[0]; start += BatchSize)
        {
            using var scope = NewDisposeScope();
            var rows = order.narrow(0, start, Math.Min(BatchSize, order.shape[0] - start));
            optimizer.zero_grad();
            var logits = model.call(_images.index_select(0, rows));
            var loss = nn.functional.cross_entropy(logits, _labels.index_select(0, rows));
            _ = loss.item<float>();
            loss.backward();
            optimizer.step();
        }
    }

    private void Validate(nn.Module<Tensor, Tensor> model)
    {
        model.eval();
        using var noGradient = no_grad();
        for (long start = 0; start < _validationRows.shape[0]; start += 1024)
        {
            using var scope = NewDisposeScope();
            var rows = _validationRows.narrow(0, start, Math.Min(1024, _validationRows.shape[0] - start));
            var logits = model.call(_images.index_select(0, rows));
            _ = nn.functional.cross_entropy(logits, _labels.index_select(0, rows)).item<float>();
            _ = logits.argmax(1).eq(_labels.index_select(0, rows)).sum().item<long>();
        }
    }

    private static byte[] Unzip(string path)
    {
        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
