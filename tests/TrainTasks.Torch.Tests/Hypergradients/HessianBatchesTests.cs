using TrainTasks.Core.Training;
using TrainTasks.Torch.Hypergradients;
using TrainTasks.Torch.Native;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Tests.Hypergradients;

public sealed class HessianBatchesTests
{
    private const int TrainCount = 1000;

    public HessianBatchesTests() => TorchNativeLoader.EnsureLoaded();

    [Theory]
    [InlineData(null, HessianSampling.Fixed)]
    [InlineData(TrainCount, HessianSampling.Fixed)]
    [InlineData(TrainCount, HessianSampling.PerTerm)]
    [InlineData(50_000, HessianSampling.PerTerm)]
    public void Next_RowsAtLeastTheTrainingRows_IsEveryTrainingRow(int? rows, HessianSampling sampling)
    {
        using var scope = NewDisposeScope();
        var train = OddRows();
        var settings = new HypergradientSettings(HessianRows: rows, HessianSampling: sampling);

        var batches = new HessianBatches(train, settings, seed: 3);

        Assert.Same(train, batches.First);
        Assert.Same(train, batches.Next());
        Assert.Same(train, batches.Next());
    }

    [Fact]
    public void First_FixedSubset_HoldsDistinctTrainingRowsInOrder()
    {
        using var scope = NewDisposeScope();
        var train = OddRows();

        var first = Batches(train, 100, HessianSampling.Fixed, seed: 3).First;

        var rows = RowsOf(first);
        Assert.Equal(100, rows.Length);
        Assert.Equal(100, rows.Distinct().Count());
        Assert.All(rows, row => Assert.True(row % 2 == 1 && row < 2 * TrainCount, $"row {row}"));
        Assert.Equal(rows.Order(), rows);
        Assert.Same(train.Features, first.Features);
    }

    [Fact]
    public void First_SameSeed_SameRows_OtherSeed_OtherRows()
    {
        using var scope = NewDisposeScope();
        var train = OddRows();

        var first = RowsOf(Batches(train, 100, HessianSampling.Fixed, seed: 3).First);
        var again = RowsOf(Batches(train, 100, HessianSampling.Fixed, seed: 3).First);
        var other = RowsOf(Batches(train, 100, HessianSampling.Fixed, seed: 4).First);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Next_Fixed_IsAlwaysTheFirstSubset()
    {
        using var scope = NewDisposeScope();
        var batches = Batches(OddRows(), 100, HessianSampling.Fixed, seed: 3);

        Assert.Same(batches.First, batches.Next());
        Assert.Same(batches.First, batches.Next());
    }

    [Fact]
    public void Next_PerTerm_DrawsDisjointMinibatchesUntilEveryRowWasUsed()
    {
        using var scope = NewDisposeScope();
        var batches = Batches(OddRows(), 100, HessianSampling.PerTerm, seed: 3);

        var draws = Enumerable.Range(0, 9).Select(_ => RowsOf(batches.Next())).ToArray();

        var used = RowsOf(batches.First).Concat(draws.SelectMany(rows => rows)).ToArray();
        Assert.Equal(TrainCount, used.Distinct().Count());
        Assert.Equal(Enumerable.Range(0, TrainCount).Select(index => 2L * index + 1), used.Order());
    }

    [Fact]
    public void Next_PerTermAfterAPass_StartsAnotherPermutation()
    {
        using var scope = NewDisposeScope();
        var batches = Batches(OddRows(), 300, HessianSampling.PerTerm, seed: 3);
        var pass = new[] { batches.First, batches.Next(), batches.Next() }.SelectMany(RowsOf).ToArray();

        var next = RowsOf(batches.Next());

        Assert.Equal(900, pass.Distinct().Count());
        Assert.Equal(300, next.Distinct().Count());
        Assert.Contains(next, row => pass.Contains(row));
    }

    private static HessianBatches Batches(LossData train, int rows, HessianSampling sampling, int seed) =>
        new(train, new HypergradientSettings(HessianRows: rows, HessianSampling: sampling), seed);

    // Training rows 1, 3, 5, … of a 2000-row table in a scrambled order, as a split gives them.
    private static LossData OddRows()
    {
        var rows = Enumerable.Range(0, TrainCount).Select(index => (long)((index * 7919 % TrainCount * 2) + 1));
        return new LossData(zeros(2 * TrainCount, 3), zeros(2 * TrainCount), tensor(rows.ToArray()), Regression: true);
    }

    private static long[] RowsOf(LossData data) => data.Rows!.data<long>().ToArray();
}
