using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Handouts.Tests.Support;

/// <summary>A PNG encoder for any colour type, bit depth and interlacing, so each test makes exactly the file it needs.</summary>
internal static class TestPng
{
    /// <param name="samples">The samples of pixel (x, y), one per channel (a palette index for colour type 3), each
    /// below 2^depth.</param>
    public static byte[] Encode(int width, int height, int depth, int colorType, Func<int, int, int[]> samples, bool interlaced = false, byte[]? palette = null, byte[]? transparency = null)
    {
        var raw = new MemoryStream();
        void Pass(int x0, int y0, int dx, int dy)
        {
            if (x0 >= width) return;
            for (var y = y0; y < height; y += dy)
            {
                raw.WriteByte(0);
                int bits = 0, pending = 0;
                for (var x = x0; x < width; x += dx)
                {
                    foreach (var s in samples(x, y))
                    {
                        if (depth == 16)
                        {
                            raw.WriteByte((byte)(s >> 8));
                            raw.WriteByte((byte)s);
                            continue;
                        }

                        pending = (pending << depth) | s;
                        bits += depth;
                        if (bits == 8)
                        {
                            raw.WriteByte((byte)pending);
                            bits = pending = 0;
                        }
                    }
                }

                if (bits > 0) raw.WriteByte((byte)(pending << (8 - bits)));
            }
        }

        if (!interlaced)
        {
            Pass(0, 0, 1, 1);
        }
        else
        {
            int[] adam7 = [0, 0, 8, 8, 4, 0, 8, 8, 0, 4, 4, 8, 2, 0, 4, 4, 0, 2, 2, 4, 1, 0, 2, 2, 0, 1, 1, 2];
            for (var p = 0; p < adam7.Length; p += 4) Pass(adam7[p], adam7[p + 1], adam7[p + 2], adam7[p + 3]);
        }

        var chunks = new List<(string, byte[])>();
        if (palette is not null) chunks.Add(("PLTE", palette));
        if (transparency is not null) chunks.Add(("tRNS", transparency));
        return Build(width, height, depth, colorType, interlaced, Zlib(raw.ToArray()), chunks);
    }

    /// <summary>A PNG from its header fields and already-compressed image data, for files no encoder would write.</summary>
    public static byte[] Build(int width, int height, int depth, int colorType, bool interlaced, byte[] imageData, IEnumerable<(string Type, byte[] Data)>? before = null)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = (byte)depth;
        ihdr[9] = (byte)colorType;
        ihdr[12] = (byte)(interlaced ? 1 : 0);
        var png = new MemoryStream();
        png.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        Chunk(png, "IHDR", ihdr);
        foreach (var (type, data) in before ?? []) Chunk(png, type, data);
        Chunk(png, "IDAT", imageData);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    public static byte[] Zlib(byte[] data)
    {
        var ms = new MemoryStream();
        using (var z = new ZLibStream(ms, CompressionLevel.Optimal, leaveOpen: true)) z.Write(data);
        return ms.ToArray();
    }

    /// <summary>Where the chunk of this type starts (its length field).</summary>
    public static int Find(byte[] png, string type)
    {
        for (var i = 8; i + 8 <= png.Length; i += 12 + (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(i)))
        {
            if (Encoding.ASCII.GetString(png, i + 4, 4) == type) return i;
        }

        throw new ArgumentException($"no {type} chunk");
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var head = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(head, data.Length);
        Encoding.ASCII.GetBytes(type, head.AsSpan(4));
        png.Write(head);
        png.Write(data);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32([.. head.AsSpan(4), .. data]));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }

        return ~crc;
    }
}

/// <summary>Tiny JPEGs made once with libjpeg-turbo's cjpeg (ImageMagick for CMYK) from a 32 × 16 picture whose left
/// half is red and right half blue (grey: 16 × 16, dark left, light right), and an EXIF orientation to add.</summary>
internal static class TestJpeg
{
    public static readonly byte[] Baseline = Convert.FromBase64String("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT/2wBDAQMEBAUEBQkFBQkUDQsNFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBT/wAARCAAQACADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAACQf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCDgJERhFwC6i6f/9k=");

    public static readonly byte[] Progressive = Convert.FromBase64String("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT/2wBDAQMEBAUEBQkFBQkUDQsNFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBT/wgARCAAQACADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAVAQEBAAAAAAAAAAAAAAAAAAAIBv/aAAwDAQACEAMQAAABgxIIyLC7Ln//xAAUEAEAAAAAAAAAAAAAAAAAAAAw/9oACAEBAAEFAg//xAAUEQEAAAAAAAAAAAAAAAAAAAAQ/9oACAEDAQE/AT//xAAUEQEAAAAAAAAAAAAAAAAAAAAQ/9oACAECAQE/AT//xAAUEAEAAAAAAAAAAAAAAAAAAAAw/9oACAEBAAY/Ag//xAAUEAEAAAAAAAAAAAAAAAAAAAAw/9oACAEBAAE/IQ//2gAMAwEAAgADAAAAEAgf/8QAFBEBAAAAAAAAAAAAAAAAAAAAEP/aAAgBAwEBPxA//8QAFBEBAAAAAAAAAAAAAAAAAAAAEP/aAAgBAgEBPxA//8QAFBABAAAAAAAAAAAAAAAAAAAAMP/aAAgBAQABPxAP/9k=");

    public static readonly byte[] Grey = Convert.FromBase64String("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT/wAALCAAQABABAREA/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/9oACAEBAAA/APhSv2rr8VK/auv/2Q==");

    public static readonly byte[] Cmyk = Convert.FromBase64String("/9j/7gAOQWRvYmUAZAAAAAAC/9sAQwADAgIDAgIDAwMDBAMDBAUIBQUEBAUKBwcGCAwKDAwLCgsLDQ4SEA0OEQ4LCxAWEBETFBUVFQwPFxgWFBgSFBUU/9sAQwEDBAQFBAUJBQUJFA0LDRQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQU/8AAFAgAEAAgBAERAAIRAQMRAQQRAP/EABYAAQEBAAAAAAAAAAAAAAAAAAAHCf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAWAQEBAQAAAAAAAAAAAAAAAAAACQf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADgQBAAIRAxEEAAA/AK62hMdogALmi+rWACGLQJKAAuaL6tYAP//Z");

    public static byte[] Named(string name) => name switch
    {
        "baseline" => Baseline,
        "progressive" => Progressive,
        "grey" => Grey,
        "cmyk" => Cmyk,
        _ => throw new ArgumentException(name),
    };

    /// <summary>The JPEG with an EXIF block (APP1) right after its start marker holding only IFD0's Orientation.</summary>
    public static byte[] WithOrientation(byte[] jpeg, int orientation, bool littleEndian = false)
    {
        var tiff = new byte[26];
        "MM"u8.CopyTo(tiff);
        if (littleEndian) "II"u8.CopyTo(tiff);
        void U16(int at, int v)
        {
            if (littleEndian) BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), (ushort)v);
            else BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at), (ushort)v);
        }

        void U32(int at, int v)
        {
            if (littleEndian) BinaryPrimitives.WriteInt32LittleEndian(tiff.AsSpan(at), v);
            else BinaryPrimitives.WriteInt32BigEndian(tiff.AsSpan(at), v);
        }

        U16(2, 42);
        U32(4, 8);
        U16(8, 1);
        U16(10, 0x0112);
        U16(12, 3);
        U32(14, 1);
        U16(18, orientation);
        byte[] payload = [.. "Exif\0\0"u8, .. tiff];
        var app1 = new byte[4 + payload.Length];
        app1[0] = 0xFF;
        app1[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(app1.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(app1, 4);
        return [.. jpeg.AsSpan(0, 2), .. app1, .. jpeg.AsSpan(2)];
    }
}
