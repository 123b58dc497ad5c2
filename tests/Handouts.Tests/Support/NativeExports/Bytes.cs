using System.Buffers.Binary;
using System.Text;

namespace Handouts.Tests.Support.NativeExports;

/// <summary>Bounds-checked reads from a whole file: a truncated or damaged table throws InvalidDataException rather
/// than reading past the end.</summary>
internal static class Bytes
{
    public static ReadOnlySpan<byte> At(byte[] file, long offset, long length)
    {
        if (offset < 0 || length < 0 || offset + length > file.Length)
            throw new InvalidDataException($"a table at {offset} ({length} bytes) runs past the end of the file ({file.Length} bytes)");
        return file.AsSpan((int)offset, (int)length);
    }

    public static ushort U16(byte[] file, long offset) => BinaryPrimitives.ReadUInt16LittleEndian(At(file, offset, 2));

    public static uint U32(byte[] file, long offset) => BinaryPrimitives.ReadUInt32LittleEndian(At(file, offset, 4));

    public static ulong U64(byte[] file, long offset) => BinaryPrimitives.ReadUInt64LittleEndian(At(file, offset, 8));

    public static uint U32BigEndian(byte[] file, long offset) => BinaryPrimitives.ReadUInt32BigEndian(At(file, offset, 4));

    public static ulong U64BigEndian(byte[] file, long offset) => BinaryPrimitives.ReadUInt64BigEndian(At(file, offset, 8));

    /// <summary>A NUL-terminated ASCII string starting at <paramref name="offset"/>.</summary>
    public static string CString(byte[] file, long offset)
    {
        var rest = At(file, offset, file.Length - offset);
        var end = rest.IndexOf((byte)0);
        if (end < 0) throw new InvalidDataException($"a name at {offset} has no terminating NUL");
        return Encoding.ASCII.GetString(rest[..end]);
    }

    /// <summary>An unsigned LEB128 number (Mach-O's export trie), advancing <paramref name="offset"/>.</summary>
    public static ulong Uleb128(byte[] file, ref long offset)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = At(file, offset++, 1)[0];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value;
        }

        throw new InvalidDataException("a LEB128 number longer than 64 bits");
    }
}
