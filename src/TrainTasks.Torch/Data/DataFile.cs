using System.Buffers.Binary;
using System.IO.Compression;
using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Torch.Data;

/// <summary>Reads a whole data file into memory, unpacking it when it is gzip-compressed.</summary>
public static class DataFile
{
    /// <summary>
    /// Returns the file's content; a file that starts with the gzip magic bytes (1F 8B) is decompressed,
    /// whatever its name.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <exception cref="TrainTasksException">TT4010: the file is missing, unreadable or a broken gzip
    /// stream.</exception>
    public static byte[] ReadAllBytes(string path)
    {
        try
        {
            var raw = File.ReadAllBytes(path);
            return IsGzip(raw) ? Decompress(raw) : raw;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException
            or InvalidDataException)
        {
            throw new TrainTasksException(Messages.Data_FileUnreadable(path, exception.Message), exception);
        }
    }

    /// <summary>Whether <paramref name="bytes"/> start with the gzip magic bytes.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;

    // GZipStream returns what it could unpack from a truncated file without complaint, so the
    // length is checked against the trailer's ISIZE (the unpacked length modulo 2^32).
    // Limitation: a file of several gzip members is checked against its last member only, and is
    // refused; data sets are published as one member.
    private static byte[] Decompress(byte[] raw)
    {
        using var input = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
        using var output = new MemoryStream(raw.Length * 2);
        input.CopyTo(output);
        var expected = raw.Length >= 18 ? BinaryPrimitives.ReadUInt32LittleEndian(raw.AsSpan(raw.Length - 4)) : 0u;
        if ((uint)output.Length != expected)
        {
            throw new InvalidDataException(
                $"the gzip stream is truncated or damaged: its trailer promises {expected} unpacked bytes "
                + $"(modulo 2^32), it unpacked to {output.Length}");
        }

        return output.ToArray();
    }
}
