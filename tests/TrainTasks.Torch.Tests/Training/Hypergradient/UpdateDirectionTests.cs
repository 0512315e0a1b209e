using TorchSharp;
using TorchSharp.Modules;
using TrainTasks.Torch.Native;
using TrainTasks.Torch.Training.Hypergradient;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Tests.Training.Hypergradient;

public sealed class UpdateDirectionTests
{
    private const int Steps = 30;

    public UpdateDirectionTests() => TorchNativeLoader.EnsureLoaded();

    [Theory]
    [InlineData("sgd", 0.0, 0.1)]
    [InlineData("sgd", 0.9, 0.05)]
    [InlineData("adam", 0.0, 0.01)]
    [InlineData("adagrad", 0.0, 0.1)]
    public void Advance_RateNotAdapted_GivesTheWeightsOfTheTorchSharpOptimizer(
        string optimizer, double momentum, double learningRate)
    {
        using var builtInModel = NewModel();
        using var ownModel = NewModel();
        var builtInParameters = builtInModel.parameters().ToArray();
        var ownParameters = ownModel.parameters().ToArray();
        using var builtIn = BuiltIn(optimizer, builtInParameters, learningRate, momentum);
        using var own = new HypergradientDescent(
            ownParameters,
            UpdateDirection.Create(optimizer, ownParameters.Sum(parameter => parameter.numel()), momentum),
            learningRate,
            hypergradientRate: 0,
            _ => 1);

        for (var step = 0; step < Steps; step++)
        {
            using var scope = NewDisposeScope();
            var (features, labels) = Batch(step);
            builtIn.zero_grad();
            nn.functional.cross_entropy(builtInModel.call(features), labels).backward();
            builtIn.step();
            own.ZeroGrad();
            nn.functional.cross_entropy(ownModel.call(features), labels).backward();
            own.Step();
        }

        using var initial = NewModel();
        for (var index = 0; index < ownParameters.Length; index++)
        {
            var moved = (builtInParameters[index] - initial.parameters().ElementAt(index)).abs().max().item<float>();
            var difference = (builtInParameters[index] - ownParameters[index]).abs().max().item<float>();
            Assert.True(moved > 1e-3, $"{optimizer}: parameter {index} moved only {moved}");
            Assert.True(difference <= 1e-5f, $"{optimizer}: parameter {index} differs by {difference}");
        }
    }

    [Fact]
    public void Create_UnknownOptimizer_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => UpdateDirection.Create("rmsprop", 2, 0));

        Assert.Contains("rmsprop", exception.Message);
    }

    private static nn.Module<Tensor, Tensor> NewModel()
    {
        torch.manual_seed(7);
        return nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 3));
    }

    private static (Tensor Features, Tensor Labels) Batch(int step)
    {
        using var generator = new Generator((ulong)(100 + step));
        var features = randn(16, 5, generator: generator);
        var labels = randint(0, 3, [16], generator: generator);
        return (features, labels);
    }

    private static optim.Optimizer BuiltIn(
        string optimizer, Parameter[] parameters, double learningRate, double momentum) =>
        optimizer switch
        {
            "sgd" => optim.SGD(parameters, learningRate, momentum: momentum),
            "adam" => optim.Adam(parameters, learningRate),
            _ => optim.Adagrad(parameters, learningRate),
        };
}
