using TrainTasks.Core.Specs;
using TrainTasks.Torch.Data;

namespace TrainTasks.Torch.Training;

/// <summary>
/// Keeps the most recently loaded training and test tensors, keyed by the <see cref="DataSpec"/>, so the
/// trials of a sweep read their files once. Holds at most one entry per part; a new spec replaces (and
/// disposes) the old one, so memory does not grow with the number of trials.
/// </summary>
/// <remarks>Limitation: the key is the spec, not the files' content; a file changed on disk between two
/// trials of one process is not read again.</remarks>
internal sealed class TensorDataCache : IDisposable
{
    private readonly Lock _gate = new();
    private (DataSpec Spec, TensorData Data)? _train;
    private (DataSpec Spec, TensorData Data)? _test;

    /// <summary>The training rows of <paramref name="spec"/> (after <see cref="DataSpec.TrainLimit"/>).</summary>
    public TensorData GetTrain(DataSpec spec)
    {
        lock (_gate)
        {
            return Get(ref _train, spec, DatasetLoader.LoadTrain);
        }
    }

    /// <summary>The test rows of <paramref name="spec"/>.</summary>
    public TensorData GetTest(DataSpec spec)
    {
        lock (_gate)
        {
            return Get(ref _test, spec, DatasetLoader.LoadTest);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _train?.Data.Dispose();
            _test?.Data.Dispose();
            (_train, _test) = (null, null);
        }
    }

    private static TensorData Get(
        ref (DataSpec Spec, TensorData Data)? slot, DataSpec spec, Func<DataSpec, Dataset> load)
    {
        if (slot is { } cached && cached.Spec == spec)
        {
            return cached.Data;
        }

        var data = new TensorData(load(spec));
        slot?.Data.Dispose();
        slot = (spec, data);
        return data;
    }
}
