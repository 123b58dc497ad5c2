using System.Text.RegularExpressions;
using Handouts.Tests.Support;
using UglyToad.PdfPig.Content;

namespace Handouts.Tests.Pdf;

/// <summary>The footer's web address is there for a reader to type: it is printed whole on every page (wrapped onto
/// more lines where it is long), never cut at the edge of its column, and never under the QR code.</summary>
public sealed partial class PdfFooterAddressTests
{
    private const string Slug = "aromatase-inhibitors-and-your-bones-during-treatment";

    [Theory]
    [InlineData("en", "")]
    [InlineData("en", ".large-print")]
    [InlineData("es", "")]
    [InlineData("es", ".large-print")]
    public void The_footer_prints_the_pages_whole_address_on_every_page(string lang, string profile)
    {
        using var site = TestSite.Create(
            $"-- content/handouts/{Slug}.en.md --\n" + TestSite.Handout(body: "## Section\n\n" + Paragraphs) +
            $"\n-- content/handouts/{Slug}.es.md --\n" + TestSite.Handout(TestSite.Translation, body: "## Sección\n\n" + Paragraphs, title: "Sus huesos"));
        site.BuildOk(strict: false);
        var address = $"https://clinic.example.org/bones/{lang}/{Slug}/breast--aromatase-inhibitor.html";

        using var pdf = site.OpenPdf($"{lang}/{Slug}/breast--aromatase-inhibitor{profile}.pdf");
        Assert.True(pdf.NumberOfPages >= 2, $"{pdf.NumberOfPages} pages: the test wants a footer on more than one page");
        foreach (var page in pdf.GetPages())
        {
            var footer = FooterLetters(page);
            var text = PageOf().Replace(string.Concat(Lines(footer)), "");
            Assert.Contains(address, text);

            // Nothing of the footer's text is drawn past its column: not under the QR code, not off the page.
            var qr = page.Paths.Where(p => p.IsFilled && p.GetBoundingRectangle() is { Height: > 20, Bottom: < 100 } r && r.Left > page.Width / 2).Select(p => p.GetBoundingRectangle()!.Value).Single();
            Assert.All(footer, l => Assert.True(l.BoundingBox.Right < qr.Left, $"page {page.Number}: '{l.Value}' at {l.BoundingBox.Right:0.#} reaches the QR code at {qr.Left:0.#}"));
        }
    }

    private static readonly string Paragraphs = string.Concat(Enumerable.Range(1, 40).Select(i => $"Line {i} of a long handout about bones.\n\n"));

    /// <summary>The letters of the running footer: artifacts in the bottom quarter of the page.</summary>
    private static List<Letter> FooterLetters(Page page) =>
        page.GetMarkedContents().Where(m => m.IsArtifact).SelectMany(m => m.Letters).Where(l => l.BoundingBox.Top < page.Height / 4).ToList();

    /// <summary>The footer's lines from top to bottom, each read left to right, without spaces (the PDF places words,
    /// not spaces, so an address wrapped after a slash reads back as one string).</summary>
    private static IEnumerable<string> Lines(List<Letter> letters) =>
        letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key).Select(g => string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)));

    // "Page 1 of 3", "Página 1 de 3": right-aligned on the first line, beside or above the rest.
    [GeneratedRegex(@"P(age|ágina)\d+(of|de)\d+")]
    private static partial Regex PageOf();
}
