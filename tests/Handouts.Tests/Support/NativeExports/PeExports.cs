namespace Handouts.Tests.Support.NativeExports;

/// <summary>The export directory of a Windows DLL (PE32 or PE32+): the names GetProcAddress finds.</summary>
internal static class PeExports
{
    public static ExportTable Read(byte[] file)
    {
        var pe = Bytes.U32(file, 0x3C);
        if (Bytes.U32(file, pe) != 0x00004550) throw new InvalidDataException("no PE signature");
        var coff = pe + 4;
        var machine = Bytes.U16(file, coff) switch
        {
            0x8664 => "x86-64",
            0xAA64 => "arm64",
            0x014C => "x86",
            var other => $"PE machine 0x{other:X4}",
        };
        var sectionCount = Bytes.U16(file, coff + 2);
        var optionalSize = Bytes.U16(file, coff + 16);
        var optional = coff + 20;
        // The data directories follow the optional header's fixed part, which is 16 bytes longer in PE32+.
        var directories = Bytes.U16(file, optional) switch
        {
            0x20B => optional + 112,
            0x10B => optional + 96,
            var magic => throw new InvalidDataException($"unknown optional header 0x{magic:X}"),
        };
        var exportRva = Bytes.U32(file, directories);
        var sections = optional + optionalSize;
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (exportRva != 0)
        {
            var directory = FileOffset(file, sections, sectionCount, exportRva);
            var count = Bytes.U32(file, directory + 24);
            var nameTable = FileOffset(file, sections, sectionCount, Bytes.U32(file, directory + 32));
            for (var i = 0L; i < count; i++)
                names.Add(Bytes.CString(file, FileOffset(file, sections, sectionCount, Bytes.U32(file, nameTable + i * 4))));
        }

        return new ExportTable("PE", machine, names);
    }

    /// <summary>Where in the file the section holding a relative virtual address keeps it.</summary>
    private static long FileOffset(byte[] file, long sections, int count, uint rva)
    {
        for (var i = 0; i < count; i++)
        {
            var section = sections + i * 40L;
            var virtualSize = Bytes.U32(file, section + 8);
            var virtualAddress = Bytes.U32(file, section + 12);
            var rawSize = Bytes.U32(file, section + 16);
            if (rva >= virtualAddress && rva < virtualAddress + Math.Max(virtualSize, rawSize))
                return Bytes.U32(file, section + 20) + (long)(rva - virtualAddress);
        }

        throw new InvalidDataException($"address 0x{rva:X} is in no section");
    }
}
