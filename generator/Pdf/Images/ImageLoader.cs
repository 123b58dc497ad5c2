using StbImageSharp;

namespace Handouts.Pdf.Images;

/// <summary>Reads PNG and JPEG for the PDF. Images arrive in strangers' pull requests, so each file's structure and
/// size are checked before StbImageSharp decodes it, and anything that cannot be printed throws
/// <see cref="InvalidDataException"/> with a plain reason, reported at the Markdown line (HND052). A JPEG passes
/// through untouched (DCTDecode) unless its EXIF orientation turns it; a PNG, or a turned JPEG, is decoded to 8-bit
/// samples and re-compressed (Flate), its alpha becoming a soft mask.</summary>
internal static class ImageLoader
{
    /// <summary>About 40 megapixels: more than a phone photo (12 to 24) or any handout needs. The header's size is
    /// checked before decoding, which allocates for every pixel declared (a 389 KB PNG declaring 20000 × 20000 took
    /// 1.27 GB).</summary>
    public const long MaxPixels = 40_000_000;

    /// <summary>A progressive JPEG has about ten scans, and each is a pass over the whole image: thousands of tiny
    /// scans would make a small file decode for minutes.</summary>
    public const int MaxScans = 100;

    /// <param name="path">Only for naming the image; the caller reads the bytes.</param>
    public static PdfImage Load(string path, byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(PngStructure.Signature)) return Png(path, bytes);
        if (bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8) return Jpeg(path, bytes);
        var kind = bytes.AsSpan().StartsWith("RIFF"u8) ? "WebP" : bytes.AsSpan().StartsWith("GIF"u8) ? "GIF" : bytes.AsSpan().IndexOf("<svg"u8) >= 0 ? "SVG" : "this format";
        throw new InvalidDataException($"{kind} cannot be printed: use a PNG or JPEG image");
    }

    private static PdfImage Png(string path, byte[] bytes)
    {
        var png = PngStructure.Read(bytes);
        CheckSize(png.Width, png.Height);
        CheckDecoderReadsHeader(bytes, png.Width, png.Height, "PNG");
        png.CheckImageData(bytes);
        var image = Decode(bytes, png.DecodedChannels, "PNG");
        return FlateImage.From(path, image.Width, image.Height, png.DecodedChannels, image.Data);
    }

    private static PdfImage Jpeg(string path, byte[] bytes)
    {
        var jpeg = JpegStructure.Read(bytes);
        CheckSize(jpeg.Width, jpeg.Height);
        var space = jpeg.Components switch
        {
            1 => "/DeviceGray",
            3 => "/DeviceRGB",
            4 => "/DeviceCMYK",
            _ => throw new InvalidDataException($"a JPEG with {jpeg.Components} colour components cannot be printed"),
        };
        if (jpeg.Scans > MaxScans) throw new InvalidDataException($"a JPEG in {jpeg.Scans} scans cannot be printed (at most {MaxScans}): save it again as a standard JPEG");
        CheckDecoderReadsHeader(bytes, jpeg.Width, jpeg.Height, "JPEG");
        if (jpeg.Orientation == 1) return new PdfImage(path, jpeg.Width, jpeg.Height, space, 8, "/DCTDecode", bytes, null);

        // Turned by EXIF: decoded and turned here, as PDF has no orientation flag. CMYK decodes to RGB.
        var channels = jpeg.Components == 1 ? 1 : 3;
        var image = Decode(bytes, channels, "JPEG");
        var (width, height, pixels) = PixelOrientation.Apply(image.Width, image.Height, channels, image.Data, jpeg.Orientation);
        return FlateImage.From(path, width, height, channels, pixels);
    }

    private static void CheckSize(int width, int height)
    {
        if (width == 0 || height == 0) throw new InvalidDataException("the image has no pixels: its header gives a width or height of 0");
        var pixels = (long)width * height;
        if (pixels > MaxPixels)
            throw new InvalidDataException($"the image is {width:N0} × {height:N0} pixels ({pixels / 1_000_000.0:0.#} megapixels), more than the {MaxPixels / 1_000_000} megapixels a PDF can take: make it smaller");
    }

    /// <summary>The decoder's own reading of the header (it refuses kinds it cannot decode, such as 12-bit,
    /// arithmetic-coded or lossless JPEG) must agree with ours before it decodes anything.</summary>
    private static void CheckDecoderReadsHeader(byte[] bytes, int width, int height, string kind)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var info = ImageInfo.FromStream(stream);
        if (info is null) throw new InvalidDataException($"this kind of {kind} cannot be printed: open it and save it again as a standard {kind}");
        if (info.Value.Width != width || info.Value.Height != height) throw new InvalidDataException($"the {kind} file is damaged: its header cannot be read consistently");
    }

    private static ImageResult Decode(byte[] bytes, int channels, string kind)
    {
        try
        {
            return ImageResult.FromMemory(bytes, (ColorComponents)channels);
        }
        catch (InvalidOperationException)
        {
            // StbImageSharp's one signal that the data is bad. Its reason is a terse static shared by all threads, so
            // another image's reason could show up here.
            throw new InvalidDataException($"the {kind} file is damaged: its image data cannot be decoded");
        }
    }
}
