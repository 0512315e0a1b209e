namespace TrainTasks.Torch.Native;

/// <summary>
/// Reads the symbol versions an ELF64 shared library defines (<c>.gnu.version_d</c>) and requires
/// (<c>.gnu.version_r</c>), in managed code, so no <c>readelf</c> is needed at run time.
/// </summary>
/// <remarks>Layouts follow the Linux Standard Base, "Symbol Versioning" (Elfxx_Verdef, Elfxx_Verneed).</remarks>
public static class ElfVersionReader
{
    /// <summary>The version names <paramref name="image"/> defines, such as <c>GLIBCXX_3.4.30</c>.</summary>
    /// <param name="image">The bytes of a little-endian ELF64 file.</param>
    /// <exception cref="InvalidDataException">The file is not ELF64 or its tables are damaged.</exception>
    public static IReadOnlyList<string> ReadDefinitions(byte[] image)
    {
        var elf = ElfImage.Parse(image);
        if (elf.FindSection(ElfImage.VersionDefinitionSection) is not { } section)
        {
            return [];
        }

        var names = new List<string>();
        var entry = section.Offset;
        for (var index = 0; index < section.Info; index++)
        {
            var auxiliary = entry + elf.ReadUInt32(entry + 12);
            names.Add(elf.ReadString(section.Link, elf.ReadUInt32(auxiliary)));
            var next = elf.ReadUInt32(entry + 16);
            if (next == 0)
            {
                break;
            }

            entry += next;
        }

        return names;
    }

    /// <summary>The versions <paramref name="image"/> requires of other libraries, with their flags.</summary>
    /// <inheritdoc cref="ReadDefinitions" path="/param"/>
    /// <inheritdoc cref="ReadDefinitions" path="/exception"/>
    public static IReadOnlyList<ElfVersionRequirement> ReadRequirements(byte[] image)
    {
        var elf = ElfImage.Parse(image);
        if (elf.FindSection(ElfImage.VersionRequirementSection) is not { } section)
        {
            return [];
        }

        var requirements = new List<ElfVersionRequirement>();
        var entry = section.Offset;
        for (var index = 0; index < section.Info; index++)
        {
            var file = elf.ReadString(section.Link, elf.ReadUInt32(entry + 4));
            ReadAuxiliaries(elf, section.Link, entry, file, requirements);
            var next = elf.ReadUInt32(entry + 12);
            if (next == 0)
            {
                break;
            }

            entry += next;
        }

        return requirements;
    }

    private static void ReadAuxiliaries(
        ElfImage elf, int stringTable, long entry, string file, List<ElfVersionRequirement> requirements)
    {
        var count = elf.ReadUInt16(entry + 2);
        var auxiliary = entry + elf.ReadUInt32(entry + 8);
        for (var index = 0; index < count; index++)
        {
            var name = elf.ReadString(stringTable, elf.ReadUInt32(auxiliary + 8));
            requirements.Add(new ElfVersionRequirement(file, name, elf.ReadUInt16(auxiliary + 4), auxiliary + 4));
            var next = elf.ReadUInt32(auxiliary + 12);
            if (next == 0)
            {
                break;
            }

            auxiliary += next;
        }
    }
}
