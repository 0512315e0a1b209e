namespace TrainTasks.Torch.Native;

/// <summary>One ELF64 section header, reduced to the fields symbol versioning reads.</summary>
/// <param name="Type">The section type (<c>sh_type</c>).</param>
/// <param name="Offset">Where the section starts in the file (<c>sh_offset</c>).</param>
/// <param name="Size">The section's size in bytes (<c>sh_size</c>).</param>
/// <param name="Link">Index of the linked section, for versioning the string table (<c>sh_link</c>).</param>
/// <param name="Info">Extra information, for versioning the entry count (<c>sh_info</c>).</param>
internal sealed record ElfSection(uint Type, long Offset, long Size, int Link, int Info);
