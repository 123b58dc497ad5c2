using Handouts.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Handouts.Tests.Pdf;

/// <summary>A link's underline runs unbroken under its words and the spaces between them, and stops where the link
/// does: an underline broken at every space reads as several links. Read back from the lines and rectangles the
/// page draws.</summary>
public sealed class PdfLinkUnderlineTests
{
    [Theory]
    [InlineData("")]
    [InlineData(".large-print")]
    public void A_links_underline_runs_under_its_words_and_spaces_and_no_further(string profile)
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Read more\n\nRead [the guide to strong bones](https://example.org/guide) today.\n"));
        site.BuildOk();
        using var pdf = site.OpenPdf($"en/bones/prostate--adt{profile}.pdf");
        var page = pdf.GetPage(1);
        var words = page.GetWords().ToList();
        var start = Enumerable.Range(0, Math.Max(0, words.Count - 4)).Where(i => words[i].Text == "the" && words[i + 4].Text == "bones").DefaultIfEmpty(-1).First();
        Assert.True(start >= 0, "the link's words are on the first page, in order");
        var link = words.GetRange(start, 5);
        Assert.All(link, w => Assert.Equal(link[0].Letters[0].StartBaseLine.Y, w.Letters[0].StartBaseLine.Y, 0.01));

        var baseline = link[0].Letters[0].StartBaseLine.Y;
        var size = link[0].Letters[0].PointSize;
        var under = Underlines(page, baseline, size);
        Assert.True(under.Count > 0, "the link is underlined");

        // Merged, the underlines under this line are one stretch from the link's first letter to its last.
        var (left, right) = (link[0].BoundingBox.Left, link[^1].BoundingBox.Right);
        var merged = Merge(under);
        var stretch = Assert.Single(merged);
        Assert.True(stretch.Left <= left + 0.5 && stretch.Right >= right - 0.5, $"underline {stretch.Left:0.#}–{stretch.Right:0.#} leaves part of the link {left:0.#}–{right:0.#} bare");
        Assert.True(stretch.Right <= right + 0.5, $"underline runs on to {stretch.Right:0.#}, past the link's end at {right:0.#} (under 'today')");
    }

    /// <summary>Thin horizontal marks (a stroked line or a filled rectangle) just below the baseline.</summary>
    private static List<(double Left, double Right)> Underlines(Page page, double baseline, double size) =>
        page.Paths.Select(p => p.GetBoundingRectangle()).OfType<PdfRectangle>()
            .Where(r => r.Height < size * 0.15 && r.Width > 0 && r.Top <= baseline && r.Top >= baseline - size * 0.3)
            .Select(r => (r.Left, r.Right)).ToList();

    /// <summary>The stretches the marks cover, touching or overlapping ones joined.</summary>
    private static List<(double Left, double Right)> Merge(List<(double Left, double Right)> marks)
    {
        var merged = new List<(double Left, double Right)>();
        foreach (var (l, r) in marks.OrderBy(m => m.Left))
        {
            if (merged.Count > 0 && l <= merged[^1].Right + 0.01) merged[^1] = (merged[^1].Left, Math.Max(merged[^1].Right, r));
            else merged.Add((l, r));
        }

        return merged;
    }
}
