using System.IO.Compression;
using System.Text;
using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Pdf;

/// <summary>Image files are hostile input too: a damaged one is an error at its line, never an exception.</summary>
public sealed class PdfDamagedImageTests
{
    private static byte[] Png(params (string Type, byte[] Data, int? Length)[] chunks)
    {
        var bytes = new List<byte> { 137, 80, 78, 71, 13, 10, 26, 10 };
        foreach (var (type, data, length) in chunks)
        {
            var n = length ?? data.Length;
            bytes.AddRange([(byte)(n >> 24), (byte)(n >> 16), (byte)(n >> 8), (byte)n]);
            bytes.AddRange(Encoding.ASCII.GetBytes(type));
            bytes.AddRange(data);
            bytes.AddRange([0, 0, 0, 0]);
        }

        return [.. bytes];
    }

    private static byte[] Header(uint width, uint height) =>
        [(byte)(width >> 24), (byte)(width >> 16), (byte)(width >> 8), (byte)width, (byte)(height >> 24), (byte)(height >> 16), (byte)(height >> 8), (byte)height, 8, 6, 0, 0, 0];

    private static byte[] Compressed(int length)
    {
        using var ms = new MemoryStream();
        using (var z = new ZLibStream(ms, CompressionLevel.Fastest, leaveOpen: true)) z.Write(new byte[length]);
        return ms.ToArray();
    }

    public static TheoryData<string, byte[]> Damaged => new()
    {
        { "a chunk longer than the file", Png(("IHDR", Header(1, 1), int.MaxValue)) },
        { "a header chunk too short", Png(("IHDR", [0, 0, 0, 1], null), ("IEND", [], null)) },
        { "a size past any page", Png(("IHDR", Header(70_000, 70_000), null), ("IDAT", Compressed(64), null), ("IEND", [], null)) },
        { "no pixels at all", Png(("IHDR", Header(0, 0), null), ("IDAT", Compressed(0), null), ("IEND", [], null)) },
        { "a JPEG of size 0", [0xFF, 0xD8, 0xFF, 0xC0, 0, 11, 8, 0, 0, 0, 0, 3, 1, 0x11, 0] },
    };

    [Theory]
    [MemberData(nameof(Damaged))]
    public void HND052_a_damaged_image_is_an_error_at_its_line_not_a_crash(string why, byte[] bytes)
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Look\n\nThe hip bones are here.\n\n![A drawing of the hip bones](../images/hip.png)\n"));
        Directory.CreateDirectory(Path.Combine(site.Content, "images"));
        File.WriteAllBytes(Path.Combine(site.Content, "images", "hip.png"), bytes);
        var result = site.Build();
        Assert.True(result.Outcome == BuildOutcome.ContentErrors, why);
        DiagnosticAssert.Has(result, "HND052", "bones.en.md", 26, 1);
    }
}
