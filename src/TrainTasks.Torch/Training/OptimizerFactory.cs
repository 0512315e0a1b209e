using TorchSharp;
using TorchSharp.Modules;

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
}
