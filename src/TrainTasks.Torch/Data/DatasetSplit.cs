using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Torch.Data;

/// <summary>A seeded split of row indices into training and validation rows.</summary>
/// <param name="TrainRows">Row indices to train on, in shuffled order (file order for <see cref="Last"/>).</param>
/// <param name="ValidationRows">Row indices held out for validation, in shuffled order (file order for
/// <see cref="Last"/>).</param>
public sealed record DatasetSplit(int[] TrainRows, int[] ValidationRows)
{
    /// <summary>
    /// Shuffles <c>0 … rowCount-1</c> with a permutation drawn from <paramref name="seed"/> and holds out the
    /// first <c>round(rowCount × validationFraction)</c> for validation. Same arguments, same split.
    /// </summary>
    /// <exception cref="TrainTasksException">TT4033: the split leaves one side empty.</exception>
    public static DatasetSplit Create(int rowCount, double validationFraction, int seed)
    {
        var validationCount = (int)Math.Round(rowCount * validationFraction, MidpointRounding.AwayFromZero);
        if (validationFraction is <= 0 or >= 1 || validationCount < 1 || validationCount >= rowCount)
        {
            throw new TrainTasksException(Messages.Data_SplitEmpty(rowCount, validationFraction));
        }

        var order = Permutation(rowCount, seed);
        return new DatasetSplit(order[validationCount..], order[..validationCount]);
    }

    /// <summary>
    /// The last <paramref name="validationRows"/> rows, in file order, for validation and the others, in
    /// file order, for training: a split that does not shuffle (spec <c>data.validationRows</c>).
    /// </summary>
    /// <exception cref="TrainTasksException">TT4057: no rows would be left to train on.</exception>
    public static DatasetSplit Last(int rowCount, int validationRows)
    {
        if (validationRows < 1 || validationRows >= rowCount)
        {
            throw new TrainTasksException(Messages.Data_ValidationRowsTooMany(rowCount, validationRows));
        }

        var trainCount = rowCount - validationRows;
        return new DatasetSplit(
            Enumerable.Range(0, trainCount).ToArray(),
            Enumerable.Range(trainCount, validationRows).ToArray());
    }

    /// <summary>
    /// Every row for training, in a seeded order, and none held out: the refit of a chosen
    /// configuration on all training rows.
    /// </summary>
    public static DatasetSplit AllRows(int rowCount, int seed) => new(Permutation(rowCount, seed), []);

    /// <summary>A Fisher–Yates permutation of <c>0 … count-1</c> driven by SplitMix64 from <paramref
    /// name="seed"/>.</summary>
    /// <remarks>
    /// Our own generator rather than <see cref="Random"/>, so the split cannot change with the runtime.
    /// SplitMix64: Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014.
    /// </remarks>
    public static int[] Permutation(int count, int seed)
    {
        var order = Enumerable.Range(0, count).ToArray();
        var state = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + 0x2545F4914F6CDD1DUL);
        for (var index = count - 1; index > 0; index--)
        {
            var other = (int)(NextRandom(ref state) % (ulong)(index + 1));
            (order[index], order[other]) = (order[other], order[index]);
        }

        return order;
    }

    private static ulong NextRandom(ref ulong state)
    {
        var value = state += 0x9E3779B97F4A7C15UL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
