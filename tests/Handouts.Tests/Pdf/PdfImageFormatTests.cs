using System.Buffers.Binary;
using System.Text;
using Handouts.Build;
using Handouts.Tests.Support;
using UglyToad.PdfPig.Content;

namespace Handouts.Tests.Pdf;

/// <summary>Every kind of PNG and JPEG a nurse (or a stranger's pull request) may bring, read back from the PDF with
/// PdfPig: the samples printed, or HND052 at the Markdown line, never a crash.</summary>
public sealed class PdfImageFormatTests
{
    private const string Pdf = "en/bones/prostate--adt.pdf";

    /// <summary>The line of the image in <see cref="SiteWithImage"/>'s handout.</summary>
    private const int ImageLine = 26;

    private static TestSite SiteWithImage(string file, byte[] bytes)
    {
        var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: $"## Look\n\nThe hip bones are here.\n\n![A drawing of the hip bones](../images/{file})\n"));
        Directory.CreateDirectory(Path.Combine(site.Content, "images"));
        File.WriteAllBytes(Path.Combine(site.Content, "images", file), bytes);
        return site;
    }

    /// <summary>Builds strictly and returns the one image printed, with the PDF's raw text.</summary>
    private static (IPdfImage Image, string Raw) PrintedImage(byte[] bytes, string file = "hip.png")
    {
        using var site = SiteWithImage(file, bytes);
        site.BuildOk();
        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(site.Out, Pdf)));
        using var pdf = site.OpenPdf(Pdf);
        return (Assert.Single(pdf.GetPages().SelectMany(p => p.GetImages())), raw);
    }

    private static byte[] Samples(IPdfImage image)
    {
        Assert.True(image.TryGetBytesAsMemory(out var bytes), "the image's samples can be read back");
        return bytes.ToArray();
    }

    /// <summary>Asserts each printed sample equals <paramref name="expected"/> (channels of pixel x, y).</summary>
    private static void AssertPixels(IPdfImage image, int width, int height, int channels, Func<int, int, int[]> expected)
    {
        Assert.Equal(width, image.WidthInSamples);
        Assert.Equal(height, image.HeightInSamples);
        Assert.Equal(8, image.BitsPerComponent);
        var samples = Samples(image);
        Assert.Equal(width * height * channels, samples.Length);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
                Assert.True(expected(x, y).SequenceEqual(samples.AsSpan((y * width + x) * channels, channels).ToArray().Select(b => (int)b)), $"pixel {x},{y}");
        }
    }

    [Fact]
    public void A_16_bit_png_prints_with_its_size_and_colours()
    {
        int[] Rgb16(int x, int y) => [x * 3000 + 77, y * 5000 + 200, 65535 - x * 2000];
        var (image, raw) = PrintedImage(TestPng.Encode(7, 5, 16, 2, Rgb16));
        AssertPixels(image, 7, 5, 3, (x, y) => Rgb16(x, y).Select(s => s >> 8).ToArray());
        Assert.DoesNotContain("/SMask", raw);
    }

    [Fact]
    public void An_interlaced_png_prints_with_its_size_and_colours()
    {
        // 13 × 11 leaves some of Adam7's seven passes short and none empty; every pixel differs.
        int[] Rgba(int x, int y) => [x * 19, y * 23, (x * y) % 256, 255 - x];
        var (image, raw) = PrintedImage(TestPng.Encode(13, 11, 8, 6, Rgba, interlaced: true));
        AssertPixels(image, 13, 11, 3, (x, y) => Rgba(x, y)[..3]);
        Assert.Contains("/SMask", raw);
    }

    [Fact]
    public void A_palette_png_with_transparency_prints_its_colours_and_a_mask()
    {
        // 4 bits per index, so two pixels share a byte; the last two colours are see-through.
        var palette = Enumerable.Range(0, 16).SelectMany(i => new[] { (byte)(i * 16), (byte)(255 - i * 16), (byte)(i * 7) }).ToArray();
        byte[] alpha = [.. Enumerable.Repeat((byte)255, 14), 0, 128];
        int Index(int x, int y) => (x + y * 3) % 16;
        var (image, raw) = PrintedImage(TestPng.Encode(9, 4, 4, 3, (x, y) => [Index(x, y)], palette: palette, transparency: alpha));
        AssertPixels(image, 9, 4, 3, (x, y) => palette.AsSpan(Index(x, y) * 3, 3).ToArray().Select(b => (int)b).ToArray());
        Assert.Contains("/SMask", raw);
    }

    [Fact]
    public void A_grey_png_with_a_transparent_shade_prints_grey_samples_and_a_mask()
    {
        // A tRNS chunk makes one grey shade see-through: an alpha channel that is not in the image data.
        var shade = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(shade, 0x1234);
        int[] Grey(int x, int y) => [(x + y) % 2 == 0 ? 0x1234 : x * 9000];
        var (image, raw) = PrintedImage(TestPng.Encode(6, 6, 16, 0, Grey, interlaced: true, transparency: shade));
        AssertPixels(image, 6, 6, 1, (x, y) => [Grey(x, y)[0] >> 8]);
        Assert.Contains("/ColorSpace /DeviceGray", raw);
        Assert.Contains("/SMask", raw);
    }

    [Fact]
    public void A_one_bit_grey_png_prints_black_and_white()
    {
        int[] Bit(int x, int y) => [(x ^ y) & 1];
        var (image, _) = PrintedImage(TestPng.Encode(11, 3, 1, 0, Bit));
        AssertPixels(image, 11, 3, 1, (x, y) => [Bit(x, y)[0] * 255]);
    }

    [Fact]
    public void HND052_a_png_declaring_20000_by_20000_pixels_is_refused_before_decoding()
    {
        // 400 KB of zeros compresses to a few hundred bytes: the file is small, only its header is huge.
        var png = TestPng.Build(20_000, 20_000, 8, 6, false, TestPng.Zlib(new byte[400_000]));
        using var site = SiteWithImage("huge.png", png);
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        var d = DiagnosticAssert.Has(result, "HND052", "bones.en.md", ImageLine, 1);
        Assert.Contains("20,000 × 20,000 pixels", d.Message);
        Assert.Contains("40 megapixels", d.Message);
    }

    [Theory]
    [InlineData("chunk length past the end", "a chunk says it is 2,147,483,632 bytes long, which runs past the end of the file")]
    [InlineData("cut short", "runs past the end of the file")]
    [InlineData("garbled image data", "its compressed image data is broken")]
    [InlineData("no end marker", "before its end marker (IEND)")]
    [InlineData("a decompression bomb", "its image data unpacks to far more than its size says")]
    public void HND052_a_damaged_png_is_an_error_at_its_line_not_a_crash(string damage, string reason)
    {
        var good = TestPng.Encode(40, 40, 8, 2, (x, y) => [x, y, x ^ y]);
        var idat = TestPng.Find(good, "IDAT");
        var png = damage switch
        {
            "chunk length past the end" => With(good, idat, 0x7FFF_FFF0),
            "cut short" => good[..(idat + 20)],
            "garbled image data" => Garble(good, idat + 8 + 2, 30),
            "no end marker" => good[..TestPng.Find(good, "IEND")],

            // 40 × 40 RGB needs under 5 KB; 50 MB of zeros compresses to about 50 KB.
            _ => TestPng.Build(40, 40, 8, 2, false, TestPng.Zlib(new byte[50_000_000])),
        };
        using var site = SiteWithImage("hip.png", png);
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        var d = DiagnosticAssert.Has(result, "HND052", "bones.en.md", ImageLine, 1);
        Assert.Contains("the PNG file is damaged: ", d.Message);
        Assert.Contains(reason, d.Message);
    }

    [Fact(Timeout = 60_000)]
    public async Task HND052_a_jpeg_part_longer_than_the_file_is_an_error_not_a_hang()
    {
        // The decoder alone loops forever on this: it seeks past the end and never sees the end of the file.
        var jpeg = TestJpeg.WithOrientation(TestJpeg.Baseline, 6);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(4), 60_000);
        using var site = SiteWithImage("hip.jpg", jpeg);
        var result = await Task.Run(() => site.Build());
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        var d = DiagnosticAssert.Has(result, "HND052", "bones.en.md", ImageLine, 1);
        Assert.Contains("the JPEG file is damaged", d.Message);
    }

    [Theory]
    [InlineData("baseline", true)]
    [InlineData("progressive", true)]
    [InlineData("cmyk", true)]
    [InlineData("grey", false)]
    public void A_jpeg_turned_by_exif_orientation_6_prints_turned(string kind, bool rgb)
    {
        var jpeg = TestJpeg.Named(kind);
        var (image, raw) = PrintedImage(TestJpeg.WithOrientation(jpeg, 6, littleEndian: kind == "progressive"), "photo.jpg");

        // Stored 32 × 16 (grey 16 × 16), left half red (grey: dark); turned a quarter clockwise for display, the left
        // edge is at the top: orientation 8 (counter-clockwise) would put it at the bottom.
        var (width, height) = rgb ? (16, 32) : (16, 16);
        Assert.Equal(width, image.WidthInSamples);
        Assert.Equal(height, image.HeightInSamples);
        Assert.Contains("/Filter /FlateDecode", raw);
        Assert.DoesNotContain("/DCTDecode", raw);
        var channels = rgb ? 3 : 1;
        var samples = Samples(image);
        int First(int x, int y) => samples[(y * width + x) * channels];
        if (rgb)
        {
            Assert.True(First(8, 2) > 180 && samples[(2 * width + 8) * 3 + 2] < 80, "the top is red");
            Assert.True(First(8, height - 3) < 80 && samples[((height - 3) * width + 8) * 3 + 2] > 180, "the bottom is blue");
        }
        else
        {
            Assert.True(First(8, 2) < 80, "the top is dark");
            Assert.True(First(8, height - 3) > 160, "the bottom is light");
        }
    }

    [Theory]
    [InlineData("baseline", 32, 16, "/DeviceRGB", 0)]
    [InlineData("progressive", 32, 16, "/DeviceRGB", 0)]
    [InlineData("grey", 16, 16, "/DeviceGray", 0)]
    [InlineData("cmyk", 32, 16, "/DeviceCMYK", 0)]
    [InlineData("baseline", 32, 16, "/DeviceRGB", 1)]
    public void An_unturned_jpeg_is_embedded_unchanged_as_DCTDecode(string kind, int width, int height, string space, int orientation)
    {
        var jpeg = orientation == 0 ? TestJpeg.Named(kind) : TestJpeg.WithOrientation(TestJpeg.Named(kind), orientation);
        var (image, raw) = PrintedImage(jpeg, "photo.jpg");
        Assert.Equal(width, image.WidthInSamples);
        Assert.Equal(height, image.HeightInSamples);
        Assert.Contains($"/Width {width} /Height {height} /ColorSpace {space} /BitsPerComponent 8 /Filter /DCTDecode", raw);
        Assert.Equal(jpeg, image.RawMemory.ToArray());
    }

    [Fact]
    public void An_image_in_a_table_cell_prints_inside_its_cell_with_its_alt_text()
    {
        var body = "## Foods\n\n| Food | Picture |\n|---|---|\n| Milk | ![A glass of milk](../images/milk.png) |\n| Cheese | A wedge |\n";
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: body));
        Directory.CreateDirectory(Path.Combine(site.Content, "images"));
        File.WriteAllBytes(Path.Combine(site.Content, "images", "milk.png"), TestPng.Encode(40, 30, 8, 2, (x, y) => [200, 200, 255]));
        site.BuildOk();
        using var pdf = site.OpenPdf(Pdf);
        var page = pdf.GetPages().Single(p => p.GetWords().Any(w => w.Text == "Milk"));
        var image = Assert.Single(page.GetImages());
        Assert.Equal(40, image.WidthInSamples);
        var words = page.GetWords().ToList();
        var milk = words.First(w => w.Text == "Milk");
        var picture = words.First(w => w.Text == "Picture");
        var cheese = words.First(w => w.Text == "Cheese");

        // In the Milk row (below the header, above Cheese) and the Picture column (right of Milk, under "Picture").
        Assert.True(image.BoundingBox.Left >= picture.BoundingBox.Left - 5 && image.BoundingBox.Left > milk.BoundingBox.Right, $"image at x {image.BoundingBox.Left}");
        Assert.True(image.BoundingBox.Top < picture.BoundingBox.Bottom && image.BoundingBox.Bottom > cheese.BoundingBox.Top, $"image at y {image.BoundingBox.Bottom}–{image.BoundingBox.Top}");
        Assert.True(Math.Abs(image.BoundingBox.Top - milk.BoundingBox.Top) < 12, $"the image starts at the top of Milk's row: {image.BoundingBox.Top} against {milk.BoundingBox.Top}");
        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(site.Out, Pdf)));
        Assert.Equal("TD", ParentTypeOfFigure(raw, "A glass of milk"));
        Assert.DoesNotContain("A glass of milk", string.Join(" ", words.Select(w => w.Text)));
    }

    [Fact]
    public void An_image_in_a_heading_prints_right_after_the_heading_with_its_alt_text()
    {
        var body = "## Your hips ![A drawing of the hip bones](../images/hip.png)\n\nText after the heading.\n";
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: body));
        Directory.CreateDirectory(Path.Combine(site.Content, "images"));
        File.WriteAllBytes(Path.Combine(site.Content, "images", "hip.png"), TestPng.Encode(60, 20, 8, 0, (x, y) => [x * 4]));
        site.BuildOk();
        using var pdf = site.OpenPdf(Pdf);
        var page = pdf.GetPages().Single(p => p.GetWords().Any(w => w.Text == "hips"));
        var image = Assert.Single(page.GetImages());
        var words = page.GetWords().ToList();
        var heading = words.First(w => w.Text == "hips");
        var after = words.First(w => w.Text == "Text");
        Assert.True(image.BoundingBox.Top <= heading.BoundingBox.Bottom && image.BoundingBox.Bottom >= after.BoundingBox.Top, "between the heading and the text after it");
        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(site.Out, Pdf)));
        Assert.Equal("Document", ParentTypeOfFigure(raw, "A drawing of the hip bones"));
        Assert.Contains("/Title (Your hips)", raw);
    }

    /// <summary>The structure type of the parent of the Figure element with this alt text.</summary>
    private static string ParentTypeOfFigure(string raw, string alt)
    {
        var figure = System.Text.RegularExpressions.Regex.Match(raw, @"/S /Figure /P (\d+) 0 R[^>]*/Alt \(" + System.Text.RegularExpressions.Regex.Escape(alt) + @"\)");
        Assert.True(figure.Success, $"a Figure with /Alt ({alt})");
        var parent = System.Text.RegularExpressions.Regex.Match(raw, @"(?m)^" + figure.Groups[1].Value + @" 0 obj\s*<</Type /StructElem /S /(\w+)");
        Assert.True(parent.Success, "the Figure's parent element");
        return parent.Groups[1].Value;
    }

    private static byte[] With(byte[] png, int chunk, uint length)
    {
        var copy = (byte[])png.Clone();
        BinaryPrimitives.WriteUInt32BigEndian(copy.AsSpan(chunk), length);
        return copy;
    }

    private static byte[] Garble(byte[] png, int at, int count)
    {
        var copy = (byte[])png.Clone();
        var random = new Random(52);
        for (var i = at; i < at + count; i++) copy[i] = (byte)random.Next(256);
        return copy;
    }
}
