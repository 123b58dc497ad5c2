using System.Buffers.Binary;
using System.IO.Compression;

namespace Handouts.Pdf.Images;

/// <summary>Reads PNG and JPEG for the PDF. JPEG passes through untouched (DCTDecode); PNG is decoded (8-bit, not
/// interlaced; grey, RGB, palette, with or without alpha) and re-compressed, its alpha becoming a soft mask.
/// Anything else throws <see cref="InvalidDataException"/> with the reason, reported at the Markdown line.</summary>
internal static class ImageLoader
{
    /// <summary>Far past print resolution (a letter page at 300 dpi is 8.4 megapixels), and small enough that the
    /// decoded rows of any accepted PNG fit in memory and in int arithmetic.</summary>
    private const long MaxPixels = 50_000_000;

    public static PdfImage Load(string path, byte[] bytes)
    {
        if (bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8) return Jpeg(path, bytes);
        if (bytes.Length > 8 && bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 })) return Png(path, bytes);
        var kind = bytes.AsSpan().StartsWith("RIFF"u8) ? "WebP" : bytes.AsSpan().StartsWith("GIF"u8) ? "GIF" : bytes.AsSpan().IndexOf("<svg"u8) >= 0 ? "SVG" : "this format";
        throw new InvalidDataException($"{kind} cannot be printed: use a PNG or JPEG image");
    }

    private static PdfImage Jpeg(string path, byte[] bytes)
    {
        var i = 2;
        while (i + 9 < bytes.Length)
        {
            if (bytes[i] != 0xFF) throw new InvalidDataException("the JPEG file is damaged");
            var marker = bytes[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 2));
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 5));
                var width = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 7));
                var components = bytes[i + 9];
                if (width == 0 || height == 0) throw new InvalidDataException("the JPEG file says it has no pixels: it is damaged");
                var space = components switch
                {
                    1 => "/DeviceGray",
                    3 => "/DeviceRGB",
                    4 => "/DeviceCMYK",
                    _ => throw new InvalidDataException($"a JPEG with {components} colour components cannot be printed"),
                };
                return new PdfImage(path, width, height, space, 8, "/DCTDecode", bytes, null);
            }

            i += 2 + length;
        }

        throw new InvalidDataException("the JPEG file has no image header");
    }

    private static PdfImage Png(string path, byte[] bytes)
    {
        int width = 0, height = 0, depth = 0, type = 0, interlace = 0;
        byte[]? palette = null;
        byte[]? paletteAlpha = null;
        using var idat = new MemoryStream();
        for (var i = 8; i + 8 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(i));
            if (length > (uint)(bytes.Length - i - 8)) throw new InvalidDataException("the PNG file is damaged: a chunk runs past the end of the file");
            var chunk = System.Text.Encoding.ASCII.GetString(bytes, i + 4, 4);
            var data = bytes.AsSpan(i + 8, (int)length);
            switch (chunk)
            {
                case "IHDR":
                    if (data.Length < 13) throw new InvalidDataException("the PNG file is damaged: its header is too short");
                    width = (int)BinaryPrimitives.ReadUInt32BigEndian(data);
                    height = (int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
                    depth = data[8];
                    type = data[9];
                    interlace = data[12];
                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "tRNS":
                    paletteAlpha = data.ToArray();
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }

            i += 12 + (int)length;
        }

        // Read as unsigned 32-bit: a size past int is negative here.
        if (width <= 0 || height <= 0) throw new InvalidDataException("the PNG file says it has no pixels: it is damaged");
        if ((long)width * height > MaxPixels) throw new InvalidDataException($"a PNG of {width} × {height} pixels is too large to print: scale it to at most {MaxPixels / 1_000_000} megapixels");
        if (depth != 8) throw new InvalidDataException($"a PNG of {depth} bits per sample cannot be printed yet: save it with 8 bits per channel");
        if (interlace != 0) throw new InvalidDataException("an interlaced PNG cannot be printed yet: save it without interlacing");
        var channels = type switch
        {
            0 => 1,
            2 => 3,
            3 => 1,
            4 => 2,
            6 => 4,
            _ => throw new InvalidDataException($"PNG colour type {type} is not supported"),
        };
        var raw = Unfilter(Inflate(idat.ToArray(), height * (width * channels + 1)), width, height, channels);
        var colors = type is 0 or 4 ? 1 : 3;
        var hasAlpha = type is 4 or 6 || (type == 3 && paletteAlpha is not null);
        var color = new byte[width * height * colors];
        var alpha = hasAlpha ? new byte[width * height] : null;
        for (var p = 0; p < width * height; p++)
        {
            if (type == 3)
            {
                var index = raw[p];
                if (palette is null || index * 3 + 2 >= palette.Length) throw new InvalidDataException("the PNG palette is damaged");
                color[p * 3] = palette[index * 3];
                color[p * 3 + 1] = palette[index * 3 + 1];
                color[p * 3 + 2] = palette[index * 3 + 2];
                if (alpha is not null) alpha[p] = index < paletteAlpha!.Length ? paletteAlpha[index] : (byte)255;
                continue;
            }

            for (var c = 0; c < colors; c++) color[p * colors + c] = raw[p * channels + c];
            if (alpha is not null) alpha[p] = raw[p * channels + channels - 1];
        }

        return new PdfImage(path, width, height, colors == 1 ? "/DeviceGray" : "/DeviceRGB", 8, "/FlateDecode", Deflate(color), alpha is null ? null : Deflate(alpha));
    }

    /// <summary>Inflates at most <paramref name="limit"/> bytes (what the header's size needs): a few kilobytes of
    /// IDAT can inflate to gigabytes, and anything past the last row is never read.</summary>
    private static byte[] Inflate(byte[] data, int limit)
    {
        using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while (output.Length < limit && (read = input.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - output.Length))) > 0) output.Write(buffer, 0, read);
        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var z = new ZLibStream(ms, new ZLibCompressionOptions { CompressionLevel = 6 }, leaveOpen: true)) z.Write(data);
        return ms.ToArray();
    }

    /// <summary>Undoes the PNG scanline filters (None, Sub, Up, Average, Paeth).</summary>
    private static byte[] Unfilter(byte[] data, int width, int height, int bpp)
    {
        var stride = width * bpp;
        if (data.Length < height * (stride + 1)) throw new InvalidDataException("the PNG image data is shorter than its size says");
        var output = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            var src = y * (stride + 1) + 1;
            var row = y * stride;
            for (var x = 0; x < stride; x++)
            {
                int a = x >= bpp ? output[row + x - bpp] : 0;
                int b = y > 0 ? output[row - stride + x] : 0;
                int c = x >= bpp && y > 0 ? output[row - stride + x - bpp] : 0;
                var value = data[src + x];
                output[row + x] = (byte)(filter switch
                {
                    0 => value,
                    1 => value + a,
                    2 => value + b,
                    3 => value + ((a + b) >> 1),
                    4 => value + Paeth(a, b, c),
                    _ => throw new InvalidDataException($"the PNG uses an unknown filter {filter}"),
                });
            }
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
