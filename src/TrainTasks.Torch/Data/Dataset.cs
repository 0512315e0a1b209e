namespace TrainTasks.Torch.Data;

/// <summary>
/// Rows of a data set held in memory: features as floats (row-major), one class label (classification)
/// or one numeric target (regression) per row, and the shape of one row's features.
/// </summary>
public sealed class Dataset
{
    /// <summary>Makes a classification data set; the arrays are kept, not copied.</summary>
    /// <param name="features">Row-major features: <paramref name="labels"/>.Length rows of the shape's size.</param>
    /// <param name="labels">Class labels, from 0.</param>
    /// <param name="featureShape">The shape of one row, such as <c>[1, 28, 28]</c> or <c>[4]</c>.</param>
    /// <exception cref="ArgumentException">The features do not fill the rows exactly.</exception>
    public Dataset(float[] features, long[] labels, IReadOnlyList<int> featureShape)
        : this(features, labels, null, featureShape, labels.Length)
    {
    }

    private Dataset(float[] features, long[] labels, float[]? targets, IReadOnlyList<int> featureShape, int rows)
    {
        var size = featureShape.Aggregate(1, (product, dimension) => product * dimension);
        if (size <= 0 || features.Length != (long)size * rows)
        {
            throw new ArgumentException(
                $"{features.Length} feature values do not fill {rows} rows of shape "
                + $"[{string.Join(", ", featureShape)}]; they must fill them exactly.",
                nameof(features));
        }

        Features = features;
        Labels = labels;
        Targets = targets;
        FeatureShape = featureShape.ToArray();
        FeatureSize = size;
    }

    /// <summary>Makes a regression data set; the arrays are kept, not copied.</summary>
    /// <param name="features">Row-major features: <paramref name="targets"/>.Length rows of the shape's size.</param>
    /// <param name="targets">The numeric target of each row.</param>
    /// <param name="featureShape">The shape of one row, such as <c>[10]</c>.</param>
    /// <exception cref="ArgumentException">The features do not fill the rows exactly.</exception>
    public static Dataset Regression(float[] features, float[] targets, IReadOnlyList<int> featureShape) =>
        new(features, [], targets, featureShape, targets.Length);

    /// <summary>The numeric targets of a regression data set; null for classification.</summary>
    public float[]? Targets { get; }

    /// <summary>Whether the rows carry numeric targets rather than class labels.</summary>
    public bool IsRegression => Targets is not null;

    /// <summary>Row-major features.</summary>
    public float[] Features { get; }

    /// <summary>Class labels, from 0; empty for regression.</summary>
    public long[] Labels { get; }

    /// <summary>The shape of one row's features.</summary>
    public IReadOnlyList<int> FeatureShape { get; }

    /// <summary>Number of feature values per row.</summary>
    public int FeatureSize { get; }

    /// <summary>Number of rows.</summary>
    public int Count => Targets?.Length ?? Labels.Length;

    /// <summary>Number of classes: the largest label plus one; 0 for regression.</summary>
    public int ClassCount => Labels.Length == 0 ? 0 : (int)Labels.Max() + 1;

    /// <summary>The first <paramref name="count"/> rows, or this set when it has no more.</summary>
    public Dataset Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count >= Count)
        {
            return this;
        }

        return Targets is { } targets
            ? Regression(Features[..(count * FeatureSize)], targets[..count], FeatureShape)
            : new Dataset(Features[..(count * FeatureSize)], Labels[..count], FeatureShape);
    }

    /// <summary>The feature shape written as <c>[1, 28, 28]</c>.</summary>
    public string DescribeShape() => $"[{string.Join(", ", FeatureShape)}]";
}
