using System.Buffers.Binary;
using System.IO.Compression;

namespace Handouts.Pdf.Images;

/// <summary>A PNG's header, read by walking its chunks before the decoder sees the file. The decoder sizes buffers
/// from chunk lengths and keeps growing its output while compressed data keeps coming, so every length is checked
/// against the file here, and the image data is inflated once, into nothing, to check it is no bigger than the
/// header says.</summary>
internal sealed record PngStructure(int Width, int Height, int Depth, int ColorType, bool Interlaced, bool Transparency, IReadOnlyList<(int Start, int Length)> ImageData)
{
    public static ReadOnlySpan<byte> Signature => [137, 80, 78, 71, 13, 10, 26, 10];

    /// <summary>Channels of each colour type (grey, RGB, palette index, grey+alpha, RGBA) and the bit depths the
    /// PNG specification allows for it.</summary>
    private static readonly Dictionary<int, (int Channels, int[] Depths)> ColorTypes = new()
    {
        [0] = (1, [1, 2, 4, 8, 16]),
        [2] = (3, [8, 16]),
        [3] = (1, [1, 2, 4, 8]),
        [4] = (2, [8, 16]),
        [6] = (4, [8, 16]),
    };

    public static PngStructure Read(byte[] bytes)
    {
        PngStructure? header = null;
        var data = new List<(int Start, int Length)>();
        for (var i = Signature.Length; ;)
        {
            if (bytes.Length - i < 12) throw Damaged("it ends in the middle of a chunk, before its end marker (IEND)");
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(i));
            if (length > (uint)(bytes.Length - i - 12)) throw Damaged($"a chunk says it is {length:N0} bytes long, which runs past the end of the file");
            var type = bytes.AsSpan(i + 4, 4);
            var body = bytes.AsSpan(i + 8, (int)length);
            if (type.SequenceEqual("CgBI"u8))
                throw new InvalidDataException("an iPhone-optimised PNG cannot be printed: open it and save it again as a standard PNG");
            if (header is null)
            {
                if (!type.SequenceEqual("IHDR"u8) || length != 13) throw Damaged("it does not start with its header (IHDR)");
                header = Header(body);
            }
            else if (type.SequenceEqual("tRNS"u8))
            {
                header = header with { Transparency = true };
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                data.Add((i + 8, (int)length));
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                if (data.Count == 0) throw Damaged("it has no image data");
                return header with { ImageData = data };
            }

            i += 12 + (int)length;
        }
    }

    private static PngStructure Header(ReadOnlySpan<byte> ihdr)
    {
        var width = BinaryPrimitives.ReadUInt32BigEndian(ihdr);
        var height = BinaryPrimitives.ReadUInt32BigEndian(ihdr[4..]);
        if (width is 0 or > int.MaxValue || height is 0 or > int.MaxValue) throw Damaged($"its header gives an impossible size ({width} × {height} pixels)");
        int depth = ihdr[8], colorType = ihdr[9];
        if (!ColorTypes.TryGetValue(colorType, out var type) || !type.Depths.Contains(depth))
            throw Damaged($"its header gives colour type {colorType} with {depth} bits, which PNG does not allow");
        if (ihdr[12] > 1) throw Damaged($"its header gives an unknown interlace method {ihdr[12]}");
        return new PngStructure((int)width, (int)height, depth, colorType, ihdr[12] == 1, false, []);
    }

    /// <summary>Channels of the decoded 8-bit pixels: a palette becomes RGB, and a tRNS chunk adds alpha. Asked of the
    /// decoder explicitly, so the layout of what it returns follows from the header checked here.</summary>
    public int DecodedChannels => (ColorType, Transparency) switch
    {
        (0, false) => 1,
        (0, true) or (4, _) => 2,
        (2 or 3, false) => 3,
        _ => 4,
    };

    /// <summary>The bytes the image data must inflate to: each row of each pass (one pass, or Adam7's seven) is a
    /// filter byte and its packed samples.</summary>
    public long RawLength
    {
        get
        {
            var bitsPerPixel = (long)Depth * ColorTypes[ColorType].Channels;
            long Pass(long columns, long rows) => columns == 0 || rows == 0 ? 0 : rows * (1 + (columns * bitsPerPixel + 7) / 8);
            if (!Interlaced) return Pass(Width, Height);
            ReadOnlySpan<int> adam7 = [0, 0, 8, 8, 4, 0, 8, 8, 0, 4, 4, 8, 2, 0, 4, 4, 0, 2, 2, 4, 1, 0, 2, 2, 0, 1, 1, 2];
            var total = 0L;
            for (var p = 0; p < adam7.Length; p += 4)
                total += Pass((Width - adam7[p] + adam7[p + 2] - 1) / adam7[p + 2], (Height - adam7[p + 1] + adam7[p + 3] - 1) / adam7[p + 3]);
            return total;
        }
    }

    /// <summary>Inflates the image data without keeping it, stopping as soon as it is more than twice what the header
    /// needs: decoders accept a little trailing data (some encoders leave it), but a few kilobytes of compressed
    /// zeros must not become gigabytes in the decoder.</summary>
    public void CheckImageData(byte[] bytes)
    {
        var compressed = new byte[ImageData.Sum(r => r.Length)];
        var at = 0;
        foreach (var (start, length) in ImageData)
        {
            bytes.AsSpan(start, length).CopyTo(compressed.AsSpan(at));
            at += length;
        }

        var needed = RawLength;
        var limit = needed * 2 + 65_536;
        long total;
        try
        {
            total = InflatedLength(compressed, limit);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // What ZLibStream throws for broken data: InvalidDataException, or for a header asking for a preset
            // dictionary a ZLibException (an IOException; the source is in memory, so no other IOException can come).
            // Their wording is about archives and compression routines; the reader needs to know the picture is broken.
            throw Damaged("its compressed image data is broken");
        }

        if (total > limit) throw Damaged("its image data unpacks to far more than its size says");
        if (total < needed) throw Damaged("its image data is shorter than its size says (the file may be cut off)");
    }

    /// <summary>How many bytes the zlib data inflates to, counting no further than just past <paramref name="limit"/>.</summary>
    private static long InflatedLength(byte[] compressed, long limit)
    {
        using var z = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var buffer = new byte[65_536];
        var total = 0L;
        for (int n; total <= limit && (n = z.Read(buffer)) > 0;) total += n;
        return total;
    }

    private static InvalidDataException Damaged(string why) => new($"the PNG file is damaged: {why}");
}
