using TorchSharp;
using TorchSharp.Modules;
using TrainTasks.Torch.Training.Hypergradient;

namespace TrainTasks.Torch.Training;

/// <summary>Makes the TorchSharp optimizer a trial asks for.</summary>
internal static class OptimizerFactory
{
    /// <summary>SGD (with momentum), Adam or Adagrad over <paramref name="parameters"/>, with L2 as
    /// weight decay.</summary>
    public static torch.optim.Optimizer Create(TrainingOptions options, IEnumerable<Parameter> parameters) =>
        options.Optimizer switch
        {
            "sgd" => torch.optim.SGD(parameters, options.LearningRate, momentum: options.Momentum),
            "adagrad" => torch.optim.Adagrad(parameters, options.LearningRate),
            _ => torch.optim.Adam(parameters, options.LearningRate),
        };

    /// <summary>
    /// The weight update of a trial: TorchSharp's optimizer, or, with
    /// <see cref="TrainingOptions.LearningRateAdaptation"/> <c>hypergradient</c>, the same rule with a
    /// rate adapted by <see cref="HypergradientDescent"/>.
    /// </summary>
    public static IWeightUpdate CreateUpdate(TrainingOptions options, IReadOnlyList<Parameter> parameters)
    {
        if (options.LearningRateAdaptation != TrainingOptions.HypergradientAdaptation)
        {
            return new TorchOptimizerUpdate(Create(options, parameters), options);
        }

        var size = parameters.Sum(parameter => parameter.numel());
        var rule = UpdateDirection.Create(options.Optimizer, size, options.Momentum);
        return new HypergradientDescent(
            parameters,
            rule,
            options.LearningRate,
            options.HypergradientRate,
            epoch => options.LearningRateAt(epoch) / options.LearningRate);
    }
}
