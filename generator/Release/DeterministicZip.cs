using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Handouts.Threading;

namespace Handouts.Release;

/// <summary>A zip archive that is a function of its files alone: entries in the order given (the caller sorts them),
/// one fixed timestamp, one fixed permission (rw-r--r--), the same "made by" on every system (Unix, so those
/// permissions are honoured), UTF-8 names, no extra fields except Zip64's where sizes demand it. ZipArchive writes
/// the system it ran on into every entry, so an archive made on Windows would differ from one made on Linux.</summary>
internal static class DeterministicZip
{
    private const ushort Utf8Names = 0x0800;
    private const ushort Deflated = 8;
    private const ushort Stored = 0;
    private const ushort Version20 = 20;
    private const ushort Version45Zip64 = 45;
    private const ushort MadeByUnix = 3 << 8;
    private const uint RegularFileRwRR = 0x81A4u << 16;
    private const uint Overflow32 = 0xFFFFFFFF;
    private const ushort Overflow16 = 0xFFFF;

    /// <summary>A file of the archive; <see cref="Read"/> is called once, so a large site is never all in memory.</summary>
    public sealed record Entry(string Path, Func<byte[]> Read);

    private sealed record Packed(byte[] Name, uint Crc, long Size, byte[] Data, ushort Method);

    /// <summary>Files are compressed on every core, a batch at a time, and written in order.</summary>
    public static void Write(Stream output, IReadOnlyList<Entry> entries, DateTime timestamp)
    {
        var (time, date) = DosTime(timestamp);
        var central = new MemoryStream();
        var count = 0L;
        const int Batch = 256;
        foreach (var batch in entries.Chunk(Batch))
        {
            var packed = new Packed[batch.Length];
            WorkQueue.ForEach([.. Enumerable.Range(0, batch.Length)], i => packed[i] = Pack(batch[i]));
            foreach (var p in packed)
            {
                var offset = output.Position;
                var zip64 = p.Size >= Overflow32 || p.Data.LongLength >= Overflow32 || offset >= Overflow32;
                WriteLocalHeader(output, p, time, date, zip64);
                output.Write(p.Data);
                WriteCentralHeader(central, p, time, date, offset, zip64);
                count++;
            }
        }

        var directoryOffset = output.Position;
        central.Position = 0;
        central.CopyTo(output);
        WriteEnd(output, count, central.Length, directoryOffset);
    }

    /// <summary>Deflated unless that does not make it smaller (PDFs and images mostly are compressed already).</summary>
    private static Packed Pack(Entry entry)
    {
        var bytes = entry.Read();
        using var deflated = new MemoryStream();
        using (var deflate = new DeflateStream(deflated, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(bytes);
        var smaller = deflated.Length < bytes.Length;
        return new Packed(Encoding.UTF8.GetBytes(entry.Path), Crc32.Of(bytes), bytes.Length, smaller ? deflated.ToArray() : bytes, smaller ? Deflated : Stored);
    }

    private static void WriteLocalHeader(Stream s, Packed p, ushort time, ushort date, bool zip64)
    {
        U32(s, 0x04034B50);
        U16(s, zip64 ? Version45Zip64 : Version20);
        U16(s, Utf8Names);
        U16(s, p.Method);
        U16(s, time);
        U16(s, date);
        U32(s, p.Crc);
        U32(s, zip64 ? Overflow32 : (uint)p.Data.Length);
        U32(s, zip64 ? Overflow32 : (uint)p.Size);
        U16(s, (ushort)p.Name.Length);
        U16(s, (ushort)(zip64 ? 20 : 0));
        s.Write(p.Name);
        if (!zip64) return;
        U16(s, 0x0001);
        U16(s, 16);
        U64(s, (ulong)p.Size);
        U64(s, (ulong)p.Data.Length);
    }

    private static void WriteCentralHeader(Stream s, Packed p, ushort time, ushort date, long offset, bool zip64)
    {
        var version = zip64 ? Version45Zip64 : Version20;
        U32(s, 0x02014B50);
        U16(s, (ushort)(MadeByUnix | version));
        U16(s, version);
        U16(s, Utf8Names);
        U16(s, p.Method);
        U16(s, time);
        U16(s, date);
        U32(s, p.Crc);
        U32(s, zip64 ? Overflow32 : (uint)p.Data.Length);
        U32(s, zip64 ? Overflow32 : (uint)p.Size);
        U16(s, (ushort)p.Name.Length);
        U16(s, (ushort)(zip64 ? 28 : 0));
        U16(s, 0); // comment
        U16(s, 0); // disk
        U16(s, 0); // internal attributes
        U32(s, RegularFileRwRR);
        U32(s, zip64 ? Overflow32 : (uint)offset);
        s.Write(p.Name);
        if (!zip64) return;
        U16(s, 0x0001);
        U16(s, 24);
        U64(s, (ulong)p.Size);
        U64(s, (ulong)p.Data.Length);
        U64(s, (ulong)offset);
    }

    /// <summary>The end of the central directory; with a Zip64 record and locator before it when the archive has more
    /// than 65,535 files (a site of about 7,000 handouts with their PDFs) or passes 4 GB.</summary>
    private static void WriteEnd(Stream s, long count, long directorySize, long directoryOffset)
    {
        var zip64 = count >= Overflow16 || directorySize >= Overflow32 || directoryOffset >= Overflow32;
        if (zip64)
        {
            var record = s.Position;
            U32(s, 0x06064B50);
            U64(s, 44);
            U16(s, MadeByUnix | Version45Zip64);
            U16(s, Version45Zip64);
            U32(s, 0);
            U32(s, 0);
            U64(s, (ulong)count);
            U64(s, (ulong)count);
            U64(s, (ulong)directorySize);
            U64(s, (ulong)directoryOffset);
            U32(s, 0x07064B50);
            U32(s, 0);
            U64(s, (ulong)record);
            U32(s, 1);
        }

        U32(s, 0x06054B50);
        U16(s, 0);
        U16(s, 0);
        U16(s, zip64 ? Overflow16 : (ushort)count);
        U16(s, zip64 ? Overflow16 : (ushort)count);
        U32(s, zip64 ? Overflow32 : (uint)directorySize);
        U32(s, zip64 ? Overflow32 : (uint)directoryOffset);
        U16(s, 0);
    }

    /// <summary>MS-DOS time has two-second steps and starts in 1980.</summary>
    private static (ushort Time, ushort Date) DosTime(DateTime t)
    {
        if (t.Year < 1980) t = new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        if (t.Year > 2107) t = new DateTime(2107, 12, 31, 23, 59, 58, DateTimeKind.Utc);
        return ((ushort)((t.Hour << 11) | (t.Minute << 5) | (t.Second / 2)), (ushort)(((t.Year - 1980) << 9) | (t.Month << 5) | t.Day));
    }

    private static void U16(Stream s, ushort v)
    {
        Span<byte> b = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(b, v);
        s.Write(b);
    }

    private static void U32(Stream s, uint v)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, v);
        s.Write(b);
    }

    private static void U64(Stream s, ulong v)
    {
        Span<byte> b = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(b, v);
        s.Write(b);
    }
}
