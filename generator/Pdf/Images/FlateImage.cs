using System.IO.Compression;

namespace Handouts.Pdf.Images;

/// <summary>Decoded 8-bit pixels as a Flate-compressed PDF image: grey or RGB samples, and any alpha channel as a
/// separate soft mask.</summary>
internal static class FlateImage
{
    /// <param name="channels">1 grey, 2 grey and alpha, 3 RGB, 4 RGB and alpha, interleaved.</param>
    public static PdfImage From(string path, int width, int height, int channels, byte[] pixels)
    {
        var colors = channels <= 2 ? 1 : 3;
        var hasAlpha = channels is 2 or 4;
        var pixelCount = width * height;
        var color = new byte[pixelCount * colors];
        var alpha = hasAlpha ? new byte[pixelCount] : null;
        for (var p = 0; p < pixelCount; p++)
        {
            pixels.AsSpan(p * channels, colors).CopyTo(color.AsSpan(p * colors));
            if (alpha is not null) alpha[p] = pixels[p * channels + colors];
        }

        return new PdfImage(path, width, height, colors == 1 ? "/DeviceGray" : "/DeviceRGB", 8, "/FlateDecode", Deflate(color), alpha is null ? null : Deflate(alpha));
    }

    private static byte[] Deflate(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var z = new ZLibStream(ms, new ZLibCompressionOptions { CompressionLevel = 6 }, leaveOpen: true)) z.Write(data);
        return ms.ToArray();
    }
}
