using TrainTasks.Core.Specs;
using TrainTasks.Core.Training;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Sweeps;

/// <summary>Passes every call to another trainer, but cancels the call with a chosen 1-based index.</summary>
internal sealed class CancellingTrainer(ITrainer inner, int cancelOnCall) : ITrainer
{
    private int _calls;

    public TrainerIdentity Identity => inner.Identity;

    public void LoadData(DataSpec data) => inner.LoadData(data);

    public TrainingResult Train(TrainingRequest request, IReporter reporter, CancellationToken cancellationToken)
    {
        if (++_calls == cancelOnCall)
        {
            throw new OperationCanceledException("cancelled by the test");
        }

        return inner.Train(request, reporter, cancellationToken);
    }

    public IReadOnlyDictionary<string, double> Evaluate(TrialParameters parameters, DataSpec data, string modelFile) =>
        inner.Evaluate(parameters, data, modelFile);
}
