using System.Text;
using Handouts.Build;
using Handouts.Tests.Support;
using UglyToad.PdfPig;

namespace Handouts.Tests.Pdf;

public sealed class PdfImageTests
{
    private static TestSite SiteWithImage(string file, byte[] bytes)
    {
        var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: $"## Look\n\nThe hip bones are here.\n\n![A drawing of the hip bones](../images/{file})\n"));
        Directory.CreateDirectory(Path.Combine(site.Content, "images"));
        File.WriteAllBytes(Path.Combine(site.Content, "images", file), bytes);
        return site;
    }

    [Fact]
    public void A_png_with_alpha_prints_as_a_figure_with_its_alt_text()
    {
        using var site = SiteWithImage("hip.png", File.ReadAllBytes(Path.Combine(TestSite.RepoRoot, "content", "images", "logo.png")));
        var result = site.Build(strict: true);
        Assert.True(result.Outcome == BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));
        var bytes = File.ReadAllBytes(Path.Combine(site.Out, "en/bones/prostate--adt.pdf"));
        using var pdf = PdfDocument.Open(bytes);
        var image = Assert.Single(pdf.GetPage(1).GetImages(), i => i.WidthInSamples == 96 && i.BoundingBox.Width > 50);
        Assert.Equal(96, image.HeightInSamples);
        var raw = Encoding.Latin1.GetString(bytes);
        Assert.Contains("/S /Figure", raw);
        Assert.Contains("/Alt (A drawing of the hip bones)", raw);
        Assert.Contains("/SMask", raw);
        Assert.Contains("/BBox [", raw);
    }

    [Theory]
    [InlineData("hip.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", "SVG")]
    [InlineData("hip.webp", "RIFF....WEBPVP8 ", "WebP")]
    public void HND052_an_image_the_pdf_cannot_print_is_an_error_at_its_line(string file, string content, string kind)
    {
        using var site = SiteWithImage(file, Encoding.ASCII.GetBytes(content));
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        var d = DiagnosticAssert.Has(result, "HND052", "bones.en.md", 26, 1);
        Assert.Contains(kind, d.Message);
        Assert.Equal(BuildOutcome.Succeeded, site.Build(pdf: false).Outcome);
    }

    [Fact]
    public void Every_page_has_the_clinic_logo_and_a_qr_code_as_artifacts()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        site.Write("content/site.yml", TestSite.SiteYml.Replace("  after_hours_phone: \"555-0199\"", "  after_hours_phone: \"555-0199\"\n  logo: images/logo.png", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(site.Content, "images"));
        File.Copy(Path.Combine(TestSite.RepoRoot, "content", "images", "logo.png"), Path.Combine(site.Content, "images", "logo.png"));
        Assert.Equal(BuildOutcome.Succeeded, site.Build(strict: true).Outcome);
        using var pdf = PdfDocument.Open(File.ReadAllBytes(Path.Combine(site.Out, "en/bones/prostate--adt.pdf")));
        foreach (var page in pdf.GetPages())
        {
            Assert.Single(page.GetImages());
            Assert.True(page.Paths.Any(p => p.IsFilled), "the QR code is drawn as filled squares");
        }
    }
}
