namespace Handouts.Tests.Support.NativeExports;

/// <summary>The exports of a 64-bit Mach-O dynamic library, from a universal ("fat") file's slice for one processor
/// or from a thin file. Read from the export trie dyld itself looks symbols up in (LC_DYLD_EXPORTS_TRIE, or the
/// export part of LC_DYLD_INFO); from the symbol table (LC_SYMTAB: external, defined in a section) only when a file
/// has no trie.</summary>
internal static class MachOExports
{
    private const uint FatMagic = 0xCAFEBABE;
    private const uint FatMagic64 = 0xCAFEBABF;
    private const uint Magic64 = 0xFEEDFACF;
    private const uint CommandSymbolTable = 0x2;
    private const uint CommandDyldInfo = 0x22;
    private const uint CommandDyldInfoOnly = 0x80000022;
    private const uint CommandExportsTrie = 0x80000033;

    private static readonly Dictionary<uint, string> Processors = new() { [0x0100000C] = "arm64", [0x01000007] = "x86-64" };

    public static ExportTable Read(byte[] file, string architecture)
    {
        var slice = Bytes.U32BigEndian(file, 0) switch
        {
            FatMagic => Slice(file, architecture, entrySize: 20),
            FatMagic64 => Slice(file, architecture, entrySize: 32),
            _ => 0L,
        };
        if (Bytes.U32(file, slice) != Magic64) throw new InvalidDataException("not a 64-bit Mach-O file");
        var processor = Processors.GetValueOrDefault(Bytes.U32(file, slice + 4), $"Mach-O CPU 0x{Bytes.U32(file, slice + 4):X}");
        var commandCount = Bytes.U32(file, slice + 16);
        (long At, long Size)? trie = null;
        (long Symbols, uint Count, long Strings)? symbolTable = null;
        var command = slice + 32;
        for (var i = 0; i < commandCount; i++)
        {
            var kind = Bytes.U32(file, command);
            switch (kind)
            {
                case CommandExportsTrie:
                    trie = (slice + Bytes.U32(file, command + 8), Bytes.U32(file, command + 12));
                    break;
                case CommandDyldInfo or CommandDyldInfoOnly when Bytes.U32(file, command + 44) != 0:
                    trie = (slice + Bytes.U32(file, command + 40), Bytes.U32(file, command + 44));
                    break;
                case CommandSymbolTable:
                    symbolTable = (slice + Bytes.U32(file, command + 8), Bytes.U32(file, command + 12), slice + Bytes.U32(file, command + 16));
                    break;
            }

            command += Bytes.U32(file, command + 4);
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        if (trie is { } t) Walk(file, t.At, t.At, t.At + t.Size, "", names, new HashSet<long>());
        else if (symbolTable is { } s) ReadSymbols(file, s.Symbols, s.Count, s.Strings, names);
        // C functions carry a leading underscore in Mach-O; callers ask for C names.
        return new ExportTable("Mach-O", processor, names.Select(n => n.StartsWith('_') ? n[1..] : n).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The offset of the slice built for <paramref name="architecture"/> in a universal file.</summary>
    private static long Slice(byte[] file, string architecture, int entrySize)
    {
        var count = Bytes.U32BigEndian(file, 4);
        var found = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var entry = 8 + (long)i * entrySize;
            var name = Processors.GetValueOrDefault(Bytes.U32BigEndian(file, entry), $"0x{Bytes.U32BigEndian(file, entry):X}");
            if (name == architecture) return entrySize == 20 ? Bytes.U32BigEndian(file, entry + 8) : (long)Bytes.U64BigEndian(file, entry + 8);
            found.Add(name);
        }

        throw new InvalidDataException($"the universal file has no {architecture} slice (it has {string.Join(", ", found)})");
    }

    /// <summary>A trie node: a terminal part (non-empty when the path so far is an exported name), then its children,
    /// each an edge label and the child's offset from the trie's start.</summary>
    private static void Walk(byte[] file, long start, long node, long end, string prefix, HashSet<string> names, HashSet<long> seen)
    {
        if (node < start || node >= end || !seen.Add(node)) throw new InvalidDataException("the export trie points outside itself or loops");
        var at = node;
        var terminal = Bytes.Uleb128(file, ref at);
        if (terminal != 0) names.Add(prefix);
        at += (long)terminal;
        var children = Bytes.At(file, at++, 1)[0];
        for (var i = 0; i < children; i++)
        {
            var edge = Bytes.CString(file, at);
            at += edge.Length + 1;
            var child = start + (long)Bytes.Uleb128(file, ref at);
            Walk(file, start, child, end, prefix + edge, names, seen);
        }
    }

    /// <summary>nlist_64 entries that are external (N_EXT) and defined in a section (N_SECT), not debugging entries.</summary>
    private static void ReadSymbols(byte[] file, long symbols, uint count, long strings, HashSet<string> names)
    {
        for (var i = 0L; i < count; i++)
        {
            var entry = symbols + i * 16;
            var type = Bytes.At(file, entry + 4, 1)[0];
            if ((type & 0xE0) == 0 && (type & 0x01) != 0 && (type & 0x0E) == 0x0E)
                names.Add(Bytes.CString(file, strings + Bytes.U32(file, entry)));
        }
    }
}
