using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Training;

/// <summary>
/// Trains one model for one trial. TrainTasks.Torch implements it with TorchSharp.
/// </summary>
/// <remarks>
/// The sweep loop calls <see cref="Train"/> once per trial, one trial at a time, from one
/// thread. A trainer reports every epoch through the reporter, writes the model file into
/// <see cref="TrainingRequest.ArtifactDirectory"/> and nothing outside it, and releases all
/// native memory before it returns. A result that is NaN or diverges is reported by throwing
/// <see cref="TrialFailedException"/>; cancellation by throwing
/// <see cref="OperationCanceledException"/>.
/// </remarks>
public interface ITrainer
{
    /// <summary>Name and version of the trainer; part of every trial's fingerprint.</summary>
    TrainerIdentity Identity { get; }

    /// <summary>
    /// Reads and checks the data files (training and, if any, test) and keeps them for the
    /// trials to come, so a bad file stops a sweep before anything is written.
    /// </summary>
    /// <exception cref="Diagnostics.TrainTasksException">A data file is missing or malformed.</exception>
    void LoadData(DataSpec data);

    /// <summary>Trains one model with the given parameters and returns its final metrics.</summary>
    TrainingResult Train(TrainingRequest request, IReporter reporter, CancellationToken cancellationToken);

    /// <summary>
    /// Evaluates a trained model on the test set of <paramref name="data"/>; used once, for the
    /// chosen model only. Returns metrics such as <c>test_accuracy</c> and <c>test_loss</c>.
    /// </summary>
    IReadOnlyDictionary<string, double> Evaluate(TrialParameters parameters, DataSpec data, string modelFile);
}
