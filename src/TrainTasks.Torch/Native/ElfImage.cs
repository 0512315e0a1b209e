using System.Buffers.Binary;
using System.Text;

namespace TrainTasks.Torch.Native;

/// <summary>
/// The few parts of a little-endian ELF64 file that symbol versioning needs: the section
/// headers and the string tables they point to. Reads from a byte array and never writes.
/// </summary>
internal sealed class ElfImage
{
    /// <summary>Section type of <c>.gnu.version_d</c> (version definitions).</summary>
    public const uint VersionDefinitionSection = 0x6ffffffd;

    /// <summary>Section type of <c>.gnu.version_r</c> (version requirements).</summary>
    public const uint VersionRequirementSection = 0x6ffffffe;

    private const int SectionHeaderSize = 64;

    private readonly byte[] _bytes;

    private ElfImage(byte[] bytes, IReadOnlyList<ElfSection> sections)
    {
        _bytes = bytes;
        Sections = sections;
    }

    /// <summary>The section headers, in file order.</summary>
    public IReadOnlyList<ElfSection> Sections { get; }

    /// <summary>Parses the header and section table of <paramref name="bytes"/>.</summary>
    /// <exception cref="InvalidDataException">Not a little-endian ELF64 file, or its tables lie outside it.</exception>
    public static ElfImage Parse(byte[] bytes)
    {
        CheckIdentification(bytes);

        var tableOffset = ReadOffset(bytes, 0x28);
        var entrySize = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x3A));
        var count = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x3C));
        if (entrySize != SectionHeaderSize || tableOffset + ((long)count * entrySize) > bytes.Length)
        {
            throw new InvalidDataException(
                $"the section table ({count} entries at {tableOffset}) lies outside the file");
        }

        var sections = Enumerable.Range(0, count)
            .Select(index => ReadSection(bytes, tableOffset + (index * SectionHeaderSize)))
            .ToArray();
        return new ElfImage(bytes, sections);
    }

    /// <summary>The first section of type <paramref name="type"/>, if any.</summary>
    public ElfSection? FindSection(uint type) => Sections.FirstOrDefault(section => section.Type == type);

    /// <summary>Reads a NUL-terminated string at <paramref name="offset"/> within string table
    /// section <paramref name="tableIndex"/>.</summary>
    public string ReadString(int tableIndex, uint offset)
    {
        var table = Sections[tableIndex];
        var start = checked((int)(table.Offset + offset));
        var end = Array.IndexOf(_bytes, (byte)0, start);
        if (end < 0 || offset >= table.Size)
        {
            throw new InvalidDataException($"string offset {offset} lies outside its table");
        }

        return Encoding.ASCII.GetString(_bytes, start, end - start);
    }

    /// <summary>Reads a 16-bit little-endian value.</summary>
    public ushort ReadUInt16(long offset) => BinaryPrimitives.ReadUInt16LittleEndian(Slice(offset, 2));

    /// <summary>Reads a 32-bit little-endian value.</summary>
    public uint ReadUInt32(long offset) => BinaryPrimitives.ReadUInt32LittleEndian(Slice(offset, 4));

    private ReadOnlySpan<byte> Slice(long offset, int length)
    {
        if (offset < 0 || offset + length > _bytes.Length)
        {
            throw new InvalidDataException($"offset {offset} lies outside the file");
        }

        return _bytes.AsSpan((int)offset, length);
    }

    private static void CheckIdentification(byte[] bytes)
    {
        var isElf = bytes.Length >= 0x40 && bytes[0] == 0x7f && bytes[1] == (byte)'E' && bytes[2] == (byte)'L'
            && bytes[3] == (byte)'F';
        if (!isElf)
        {
            throw new InvalidDataException("not an ELF file");
        }

        if (bytes[4] != 2 || bytes[5] != 1)
        {
            throw new InvalidDataException("not a little-endian 64-bit ELF file");
        }
    }

    private static ElfSection ReadSection(byte[] bytes, long offset)
    {
        var span = bytes.AsSpan((int)offset, SectionHeaderSize);
        return new ElfSection(
            Type: BinaryPrimitives.ReadUInt32LittleEndian(span[4..]),
            Offset: (long)BinaryPrimitives.ReadUInt64LittleEndian(span[24..]),
            Size: (long)BinaryPrimitives.ReadUInt64LittleEndian(span[32..]),
            Link: (int)BinaryPrimitives.ReadUInt32LittleEndian(span[40..]),
            Info: (int)BinaryPrimitives.ReadUInt32LittleEndian(span[44..]));
    }

    private static long ReadOffset(byte[] bytes, int position) =>
        checked((long)BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(position)));
}
