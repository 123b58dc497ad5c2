namespace Handouts.Pdf.Images;

/// <summary>Turns decoded pixels the way an EXIF orientation says they are shown, so the PDF prints a phone photo
/// as a browser displays it.</summary>
internal static class PixelOrientation
{
    /// <summary>The pixels as displayed. Orientations 5–8 swap width and height.</summary>
    public static (int Width, int Height, byte[] Pixels) Apply(int width, int height, int channels, byte[] pixels, int orientation)
    {
        if (orientation is < 2 or > 8) return (width, height, pixels);
        var swap = orientation >= 5;
        var (w, h) = swap ? (height, width) : (width, height);
        var output = new byte[pixels.Length];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                // Where the displayed pixel (x, y) is stored; EXIF names each case by where stored row 0 and column 0
                // end up (6: row 0 on the right, column 0 at the top).
                var (sx, sy) = orientation switch
                {
                    2 => (width - 1 - x, y),
                    3 => (width - 1 - x, height - 1 - y),
                    4 => (x, height - 1 - y),
                    5 => (y, x),
                    6 => (y, height - 1 - x),
                    7 => (width - 1 - y, height - 1 - x),
                    _ => (width - 1 - y, x),
                };
                pixels.AsSpan((sy * width + sx) * channels, channels).CopyTo(output.AsSpan((y * w + x) * channels));
            }
        }

        return (w, h, output);
    }
}
