namespace TrainTasks.Torch.Native;

/// <summary>One symbol version an ELF library asks of another library (an entry of <c>.gnu.version_r</c>).</summary>
/// <param name="File">The library that must provide the version, such as <c>libstdc++.so.6</c>.</param>
/// <param name="Name">The version, such as <c>GLIBCXX_3.4.32</c>.</param>
/// <param name="Flags">The entry's <c>vna_flags</c>; <see cref="ElfVersionPatcher.WeakFlag"/> marks it weak.</param>
/// <param name="FlagsOffset">The file offset of the two-byte <c>vna_flags</c> field.</param>
public sealed record ElfVersionRequirement(string File, string Name, ushort Flags, long FlagsOffset)
{
    /// <summary>Whether the loader may go on when the version is missing.</summary>
    public bool IsWeak => (Flags & ElfVersionPatcher.WeakFlag) != 0;
}
