using System.Buffers.Binary;
using Handouts.Pdf.Images;
using Handouts.Tests.Support;

namespace Handouts.Tests.Pdf;

/// <summary>The image loader on hostile bytes: whatever a file holds, it loads or is refused with a reason.</summary>
public sealed class ImageLoaderTests
{
    private static IEnumerable<(string Name, byte[] Bytes)> Fixtures()
    {
        yield return ("logo.png", File.ReadAllBytes(Path.Combine(TestSite.RepoRoot, "content", "images", "logo.png")));
        yield return ("16-bit.png", TestPng.Encode(9, 7, 16, 6, (x, y) => [x * 7000, y * 9000, 300, 65535]));
        yield return ("interlaced.png", TestPng.Encode(13, 11, 8, 2, (x, y) => [x * 19, y * 23, 7], interlaced: true));
        yield return ("palette.png", TestPng.Encode(10, 5, 2, 3, (x, y) => [(x + y) % 4], palette: [0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 255], transparency: [255, 0]));
        foreach (var kind in new[] { "baseline", "progressive", "grey", "cmyk" })
            yield return (kind + "-turned.jpg", TestJpeg.WithOrientation(TestJpeg.Named(kind), 6));
    }

    [Fact(Timeout = 120_000)]
    public async Task Mutated_images_load_or_are_refused_with_InvalidDataException_only()
    {
        await Task.Run(() =>
        {
            foreach (var (name, original) in Fixtures())
            {
                ImageLoader.Load(name, original);
                var random = new Random(name.Length * 7919);
                for (var i = 0; i < 400; i++)
                {
                    var bytes = (byte[])original.Clone();
                    for (var k = random.Next(1, 6); k > 0; k--) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    if (random.Next(4) == 0) bytes = bytes[..random.Next(1, bytes.Length)];
                    try
                    {
                        ImageLoader.Load(name, bytes);
                    }
                    catch (InvalidDataException)
                    {
                    }
                    catch (Exception e)
                    {
                        Assert.Fail($"{name}, mutation {i}: {e.GetType().Name} escaped: {e.Message}\n{Convert.ToBase64String(bytes)}");
                    }
                }
            }
        });
    }

    [Fact]
    public void A_progressive_jpeg_with_too_many_scans_is_refused_before_decoding()
    {
        // One real scan, then empty scan headers: the count is what matters, not what is in them.
        var jpeg = TestJpeg.WithOrientation(TestJpeg.Progressive, 6);
        var end = jpeg.Length - 2;
        byte[] scan = [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x01, 0x01, 0x00];
        var many = jpeg[..end].Concat(Enumerable.Repeat(scan, ImageLoader.MaxScans).SelectMany(s => s)).Concat(jpeg[end..]).ToArray();
        var e = Assert.Throws<InvalidDataException>(() => ImageLoader.Load("many.jpg", many));
        Assert.Contains("scans", e.Message);
        ImageLoader.Load("few.jpg", jpeg);
    }

    [Theory]
    [InlineData(false, 6, 6)]
    [InlineData(true, 8, 8)]
    [InlineData(false, 3, 3)]
    [InlineData(false, 9, 1)]
    [InlineData(false, 0, 1)]
    public void Exif_orientation_is_read_in_either_byte_order_and_a_value_outside_1_to_8_is_ignored(bool littleEndian, int orientation, int expected)
    {
        var jpeg = TestJpeg.WithOrientation(TestJpeg.Baseline, orientation, littleEndian);
        Assert.Equal(expected, ExifOrientation.Read(jpeg.AsSpan(2 + 4 + 6)));
    }

    [Theory]
    [InlineData("directory past the end")]
    [InlineData("entries past the end")]
    [InlineData("not a SHORT")]
    [InlineData("two values")]
    [InlineData("no byte order")]
    public void A_malformed_exif_block_reads_as_unturned(string damage)
    {
        var tiff = TestJpeg.WithOrientation(TestJpeg.Baseline, 6).AsSpan(2 + 4 + 6, 26).ToArray();
        switch (damage)
        {
            case "directory past the end": BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 0xFFFF_FFF0); break;
            case "entries past the end": BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), 0xFFFF); BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(10), 0x0111); break;
            case "not a SHORT": BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(12), 4); break;
            case "two values": BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(14), 2); break;
            default: tiff[0] = (byte)'X'; break;
        }

        Assert.Equal(1, ExifOrientation.Read(tiff));
    }
}
