namespace TrainTasks.Torch.Training;

/// <summary>
/// How a <see cref="TrainingSession"/> changes the weights after each backward pass: a TorchSharp
/// optimizer (<see cref="TorchOptimizerUpdate"/>) or our own rules with an adapted learning rate
/// (<see cref="Hypergradient.HypergradientDescent"/>).
/// </summary>
/// <remarks>
/// Call order per epoch: <see cref="BeginEpoch"/>, then per batch <see cref="ZeroGrad"/>, the
/// backward pass and <see cref="Step"/>, then <see cref="EndEpoch"/>. One thread; the caller owns
/// the parameters and may add to their gradients between the backward pass and <see cref="Step"/>.
/// </remarks>
internal interface IWeightUpdate : IDisposable
{
    /// <summary>Applies the schedule of <paramref name="epoch"/> (from 1).</summary>
    void BeginEpoch(int epoch);

    /// <summary>Sets every parameter's gradient to zero.</summary>
    void ZeroGrad();

    /// <summary>Changes the weights by one step from their current gradients.</summary>
    void Step();

    /// <summary>
    /// Metrics of the epoch that just ended, added to its <see cref="Core.Trials.EpochRecord"/>:
    /// empty, or the learning rate under adaptation.
    /// </summary>
    IReadOnlyDictionary<string, double> EndEpoch();
}
