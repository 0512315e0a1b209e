namespace TrainTasks.Torch.Native;

/// <summary>
/// Marks a symbol version requirement of an ELF64 library as weak, so the dynamic loader accepts
/// a C++ runtime that lacks that version (it then resolves the symbols by name alone).
/// </summary>
public static class ElfVersionPatcher
{
    /// <summary>The <c>VER_FLG_WEAK</c> bit of <c>vna_flags</c>.</summary>
    public const ushort WeakFlag = 2;

    /// <summary>
    /// Returns a copy of <paramref name="image"/> in which every requirement of <paramref name="versionName"/>
    /// carries <see cref="WeakFlag"/>; no other byte changes. The input array is not modified.
    /// </summary>
    /// <param name="image">The bytes of a little-endian ELF64 file.</param>
    /// <param name="versionName">The version to weaken, such as <c>GLIBCXX_3.4.32</c>.</param>
    /// <exception cref="InvalidDataException">
    /// The file is not ELF64, its tables are damaged, or it does not require <paramref name="versionName"/>.
    /// </exception>
    public static byte[] MarkWeak(byte[] image, string versionName)
    {
        var matches = ElfVersionReader.ReadRequirements(image).Where(item => item.Name == versionName).ToArray();
        if (matches.Length == 0)
        {
            throw new InvalidDataException($"the library does not require version {versionName}");
        }

        var copy = (byte[])image.Clone();
        foreach (var requirement in matches)
        {
            var flags = (ushort)(requirement.Flags | WeakFlag);
            copy[requirement.FlagsOffset] = (byte)(flags & 0xff);
            copy[requirement.FlagsOffset + 1] = (byte)(flags >> 8);
        }

        return copy;
    }
}
