using TorchSharp;
using TrainTasks.Core.Training;
using TrainTasks.Torch.Data;
using TrainTasks.Torch.Models;
using TrainTasks.Torch.Training;

namespace TrainTasks.Torch.Tests.Training;

/// <summary>Reads back models the trainer saved.</summary>
internal static class SavedModels
{
    /// <summary>Σ|w| over the weight matrices of the model a request saved (an iris MLP).</summary>
    public static double AbsoluteWeightSum(TrainingRequest request)
    {
        var options = TrainingOptions.From(request.Parameters);
        using var model = ModelBuilder.Build(options.Model, [4], classCount: 3, FeatureStatistics.Identity(4));
        model.load(Path.Combine(request.ArtifactDirectory, TorchTrainer.ModelFileName));
        return model.named_parameters()
            .Where(pair => pair.name.EndsWith("weight", StringComparison.Ordinal))
            .Sum(pair => pair.parameter.abs().sum().item<float>());
    }
}
