namespace Handouts.Tests.Support.NativeExports;

/// <summary>What a native library exports, read from its own tables: the file format, the processor it was built for
/// and the exported names (C names, without Mach-O's leading underscore).</summary>
internal sealed record ExportTable(string Format, string Architecture, IReadOnlySet<string> Names)
{
    /// <summary>Reads an ELF, PE or Mach-O file (a universal Mach-O file gives the slice for <paramref name="machOArchitecture"/>).</summary>
    public static ExportTable Read(byte[] file, string machOArchitecture)
    {
        if (file.Length >= 4 && file[0] == 0x7F && file[1] == 'E' && file[2] == 'L' && file[3] == 'F') return ElfExports.Read(file);
        if (file.Length >= 2 && file[0] == 'M' && file[1] == 'Z') return PeExports.Read(file);
        return MachOExports.Read(file, machOArchitecture);
    }

    /// <summary>The names in <paramref name="wanted"/> this library does not export, in the order given.</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> wanted) => [.. wanted.Where(name => !Names.Contains(name))];
}
