using TrainTasks.Core.Training;
using TrainTasks.Torch.Data;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Hypergradients;

/// <summary>
/// The training rows of the implicit method's Hessian-vector products: every row, one seeded subset, or a
/// new seeded minibatch per Neumann term (<see cref="HypergradientSettings.HessianRows"/> and
/// <see cref="HypergradientSettings.HessianSampling"/>).
/// </summary>
/// <remarks>
/// Minibatches are drawn without replacement: each pass over the training rows is a seeded permutation
/// cut into consecutive blocks, and a new pass starts when the rows left cannot fill a block. Subsets are
/// sorted by row index, so reading them walks the feature tensor forwards, and a subset's products do
/// not depend on the order the rows were drawn in.
/// </remarks>
internal sealed class HessianBatches
{
    // Keeps these draws apart from the split and the shuffles, which use the trial's seed as it is.
    private const int SeedSalt = 0x4856_5052;

    private readonly LossData _train;
    private readonly int _size;
    private readonly bool _perTerm;
    private readonly int _seed;
    private int[] _order = [];
    private int _pass;
    private int _next;

    /// <summary>Draws the first subset, as tensors of the current dispose scope.</summary>
    /// <param name="train">Every training row.</param>
    /// <param name="settings">The row count and sampling.</param>
    /// <param name="seed">The trial's seed.</param>
    public HessianBatches(LossData train, HypergradientSettings settings, int seed)
    {
        _train = train;
        var all = settings.HessianRows is not { } rows || rows >= train.Count;
        _size = all ? (int)train.Count : settings.HessianRows!.Value;
        _perTerm = !all && settings.HessianSampling == HessianSampling.PerTerm;
        _seed = seed;
        First = all ? train : Draw();
    }

    /// <summary>Whether each Neumann term has rows of its own (else every product uses <see cref="First"/>).</summary>
    public bool PerTerm => _perTerm;

    /// <summary>The rows of the power iteration, and of every product when the subset is fixed.</summary>
    public LossData First { get; }

    /// <summary>
    /// The rows of the next Neumann term: <see cref="First"/>, or a new minibatch whose tensors belong
    /// to the current dispose scope.
    /// </summary>
    public LossData Next() => _perTerm ? Draw() : First;

    private LossData Draw()
    {
        if (_next + _size > _order.Length)
        {
            _order = DatasetSplit.Permutation((int)_train.Count, unchecked((_seed * 31) + SeedSalt + _pass));
            (_pass, _next) = (_pass + 1, 0);
        }

        var positions = _order[_next..(_next + _size)];
        _next += _size;
        if (_train.Rows is null)
        {
            Array.Sort(positions);
            return _train with { Rows = tensor(positions.Select(position => (long)position).ToArray()) };
        }

        using var selected = tensor(positions.Select(position => (long)position).ToArray());
        using var rows = _train.Rows.index_select(0, selected);
        var (sorted, order) = rows.sort();
        order.Dispose();
        return _train with { Rows = sorted };
    }
}
