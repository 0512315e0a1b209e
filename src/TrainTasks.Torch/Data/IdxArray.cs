namespace TrainTasks.Torch.Data;

/// <summary>The content of one IDX file of unsigned bytes.</summary>
/// <param name="Dimensions">The sizes from the header, outermost first (items, then rows and columns).</param>
/// <param name="Values">The values, row-major.</param>
public sealed record IdxArray(IReadOnlyList<int> Dimensions, byte[] Values)
{
    /// <summary>The number of items (the first dimension).</summary>
    public int Count => Dimensions[0];
}
