using System.Buffers.Binary;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Torch.Data;

/// <summary>
/// Reads IDX files, the format of MNIST and Fashion-MNIST: two zero bytes, a type byte, a dimension
/// count, one big-endian 32-bit size per dimension, then the values. Only unsigned bytes (type 0x08)
/// are read. Files may be gzip-compressed.
/// </summary>
public static class IdxReader
{
    /// <summary>The IDX type byte of unsigned bytes.</summary>
    public const byte UnsignedByteType = 0x08;

    /// <summary>Reads an images file: three dimensions (items, rows, columns).</summary>
    /// <exception cref="TrainTasksException">TT4010–TT4014 when the file is unreadable or malformed.</exception>
    public static IdxArray ReadImages(string path) => Read(path, dimensionCount: 3, role: "image");

    /// <summary>Reads a labels file: one dimension (items).</summary>
    /// <exception cref="TrainTasksException">TT4010–TT4014 when the file is unreadable or malformed.</exception>
    public static IdxArray ReadLabels(string path) => Read(path, dimensionCount: 1, role: "label");

    /// <summary>Reads an IDX file and checks it has <paramref name="dimensionCount"/> dimensions.</summary>
    /// <param name="path">The file, gzip or plain.</param>
    /// <param name="dimensionCount">The dimension count the file must have.</param>
    /// <param name="role">What the file holds, for messages: image or label.</param>
    /// <exception cref="TrainTasksException">TT4010–TT4014 when the file is unreadable or malformed.</exception>
    public static IdxArray Read(string path, int dimensionCount, string role)
    {
        var bytes = DataFile.ReadAllBytes(path);
        CheckMagic(path, bytes);
        if (bytes[3] != dimensionCount)
        {
            throw new TrainTasksException(Messages.Idx_WrongDimensionCount(path, role, dimensionCount, bytes[3]));
        }

        var dimensions = ReadDimensions(path, bytes, dimensionCount, role);
        var headerLength = 4 + (4 * dimensionCount);
        var expected = dimensions.Aggregate(1L, (product, size) => product * size);
        if (bytes.Length - headerLength != expected)
        {
            throw new TrainTasksException(
                Messages.Idx_LengthMismatch(path, role, expected, bytes.Length - headerLength));
        }

        return new IdxArray(dimensions, bytes[headerLength..]);
    }

    private static void CheckMagic(string path, byte[] bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 0 || bytes[1] != 0)
        {
            var shown = Convert.ToHexString(bytes.AsSpan(0, Math.Min(4, bytes.Length)));
            throw new TrainTasksException(Messages.Idx_BadMagic(path, shown.Length == 0 ? "(none)" : shown));
        }

        if (bytes[2] != UnsignedByteType)
        {
            throw new TrainTasksException(Messages.Idx_UnsupportedType(path, bytes[2]));
        }
    }

    private static int[] ReadDimensions(string path, byte[] bytes, int dimensionCount, string role)
    {
        var headerLength = 4 + (4 * dimensionCount);
        if (bytes.Length < headerLength)
        {
            throw new TrainTasksException(
                Messages.Idx_LengthMismatch(path, $"{role} header", headerLength, bytes.Length));
        }

        return Enumerable.Range(0, dimensionCount)
            .Select(index => BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4 + (4 * index))))
            .ToArray();
    }
}
