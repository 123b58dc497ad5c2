using Handouts.Build;
using Handouts.Tests.Support;
using UglyToad.PdfPig;

namespace Handouts.Tests.Pdf;

/// <summary>Large print follows APH's guidance: nothing a reader must read is under 16 pt, on any page, whatever
/// part of the page it is (header, footer, sources, table cells, captions, list markers). Sizes are read back from
/// the PDF as a viewer places them (font size times the text matrix).</summary>
public sealed class LargePrintSizeTests
{
    private const double Least = 16;

    private const string Body = """
        ## Foods with calcium

        Read [the guide to strong bones](https://example.org/guide) and `code words` today.

        | Food | Calcium in one serving | Notes |
        |---|---|---|
        | Milk | 300 mg | A glass |
        | Yogurt | 250 mg | ![A cup of yogurt](../images/cup.png "One cup") |

        > [!WARNING]
        > Do not stop your medicine on your own.

        ![A drawing of the hip bones](../images/hip.png "Your hip bones")

        ### Things to do

        - [ ] Ask about a bone test.
        - Walk:
          - every day
          - with a friend

        #### Small steps

        Drink milk. Eat greens.
        """;

    [Fact]
    public void Every_text_on_every_large_print_page_is_at_least_16_pt()
    {
        using var site = TestSite.Create(
            "-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: Body) +
            "\n-- content/handouts/bones.es.md --\n" + TestSite.Handout(TestSite.Translation, body: Body, title: "Sus huesos"));
        site.Write("content/site.yml", TestSite.SiteYml.Replace("  after_hours_phone: \"555-0199\"", "  after_hours_phone: \"555-0199\"\n  logo: images/hip.png", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(site.Content, "images"));
        foreach (var name in new[] { "hip.png", "cup.png" })
            File.Copy(Path.Combine(TestSite.RepoRoot, "content", "images", "logo.png"), Path.Combine(site.Content, "images", name));
        site.BuildOk(strict: false);

        // The handouts' large print, then the waiting-room packs' (their covers too) and the posters, large print only.
        var files = Directory.GetFiles(site.Out, "*.large-print.pdf", SearchOption.AllDirectories);
        var prints = Path.Combine(site.Out, "print");
        Assert.Equal(4, files.Count(f => !f.StartsWith(prints, StringComparison.Ordinal)));
        Assert.Equal(4, files.Count(f => f.StartsWith(prints, StringComparison.Ordinal)));
        var posters = Directory.GetFiles(prints, "poster.pdf", SearchOption.AllDirectories);
        Assert.Equal(2, posters.Length);
        foreach (var file in files.Concat(posters)) AssertLeast(file);

        // The same handout in standard print has smaller text (the footer at 10 pt): the measure sees it.
        var standard = SmallestPerPage(Path.Combine(site.Out, "en/bones/prostate--adt.pdf"));
        Assert.All(standard, s => Assert.True(s.Smallest < Least, $"standard print page {s.Page}: smallest text {s.Smallest} pt"));
    }

    [Fact]
    public void Every_text_of_the_sample_clinics_large_print_pdfs_is_at_least_16_pt()
    {
        var output = Path.Combine(Path.GetTempPath(), "handouts-test-" + Guid.NewGuid().ToString("N"), "_site");
        try
        {
            var root = TestSite.RepoRoot;
            var result = SiteBuilder.Build(new BuildOptions(Path.Combine(root, "content"), Path.Combine(root, "templates"), output, null, Strict: true, Today: TestSite.Today));
            Assert.True(result.Outcome == BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));
            var files = Directory.GetFiles(output, "*.large-print.pdf", SearchOption.AllDirectories);
            Assert.True(files.Length >= 50, $"{files.Length} large-print PDFs");
            foreach (var file in files) AssertLeast(file);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }

    private static void AssertLeast(string file)
    {
        foreach (var (page, smallest, text) in SmallestPerPage(file))
            Assert.True(smallest >= Least - 0.01, $"{Path.GetFileName(file)} page {page}: '{text}' is {smallest:0.##} pt; large print needs at least {Least}");
    }

    /// <summary>Each page's smallest letter, with the word it belongs to; a page without letters fails.</summary>
    private static List<(int Page, double Smallest, string Text)> SmallestPerPage(string file)
    {
        using var pdf = PdfDocument.Open(File.ReadAllBytes(file));
        var result = new List<(int, double, string)>();
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().ToList();
            Assert.True(words.Count > 0, $"{Path.GetFileName(file)} page {page.Number} has no text");
            var smallest = words.MinBy(w => w.Letters.Min(l => l.PointSize))!;
            result.Add((page.Number, smallest.Letters.Min(l => l.PointSize), smallest.Text));
        }

        return result;
    }
}
