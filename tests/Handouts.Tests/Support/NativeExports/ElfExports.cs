namespace Handouts.Tests.Support.NativeExports;

/// <summary>The dynamic symbol table (.dynsym) of a 64-bit little-endian ELF shared library, as the dynamic linker
/// sees it: a symbol is exported when it is defined here (not undefined), global or weak, and visible (default or
/// protected visibility).</summary>
internal static class ElfExports
{
    private const int SectionDynamicSymbols = 11;
    private const int SymbolSize = 24;

    public static ExportTable Read(byte[] file)
    {
        if (Bytes.At(file, 4, 1)[0] != 2 || Bytes.At(file, 5, 1)[0] != 1)
            throw new InvalidDataException("only 64-bit little-endian ELF files are read (every platform Handouts ships for)");
        var machine = Bytes.U16(file, 18) switch
        {
            62 => "x86-64",
            183 => "arm64",
            var other => $"ELF machine {other}",
        };
        var sectionsAt = (long)Bytes.U64(file, 0x28);
        var sectionSize = Bytes.U16(file, 0x3A);
        var sectionCount = Bytes.U16(file, 0x3C);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sectionCount; i++)
        {
            var header = sectionsAt + (long)i * sectionSize;
            if (Bytes.U32(file, header + 4) != SectionDynamicSymbols) continue;
            var symbolsAt = (long)Bytes.U64(file, header + 24);
            var symbolsSize = (long)Bytes.U64(file, header + 32);
            // sh_link names the string table the symbols' names are in.
            var strings = sectionsAt + (long)Bytes.U32(file, header + 40) * sectionSize;
            var stringsAt = (long)Bytes.U64(file, strings + 24);
            for (var s = symbolsAt; s + SymbolSize <= symbolsAt + symbolsSize; s += SymbolSize)
            {
                var info = Bytes.At(file, s + 4, 1)[0];
                var visibility = Bytes.At(file, s + 5, 1)[0] & 0x3;
                var defined = Bytes.U16(file, s + 6) != 0;
                var binding = info >> 4;
                if (defined && binding is 1 or 2 && visibility is 0 or 3)
                    names.Add(Bytes.CString(file, stringsAt + Bytes.U32(file, s)));
            }
        }

        return new ExportTable("ELF", machine, names);
    }
}
