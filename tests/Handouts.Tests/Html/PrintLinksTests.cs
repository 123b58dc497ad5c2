using System.Text.RegularExpressions;
using Handouts.Templates;
using Handouts.Tests.Support;

namespace Handouts.Tests.Html;

/// <summary>On a phone, choosing a version and printing sit near the top of a handout, before its body, and every PDF
/// link says how large the file is.</summary>
public sealed partial class PrintLinksTests
{
    private static TestSite Site() => TestSite.Create(
        "-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## First body heading\n\nText for everyone.\n\n## Second\n\nMore text.\n")
        + "\n-- content/handouts/bones.es.md --\n" + TestSite.Handout(TestSite.Translation, "## Sección\n\nTexto para todos.\n", title: "Sus huesos"));

    [Fact]
    public void A_general_page_offers_every_version_and_its_pdfs_with_sizes_before_the_body()
    {
        using var site = Site();
        site.BuildOk();
        var page = site.Page("en/bones/index.html");
        var body = page.IndexOf("<h2 id=\"first-body-heading\"", StringComparison.Ordinal);
        Assert.True(body > 0, "the body's first heading is missing");
        var choose = page.IndexOf("<h2 id=\"choose-version\">Choose your version</h2>", StringComparison.Ordinal);
        Assert.True(choose > 0 && choose < body, "Choose your version is not before the body's first heading");
        Assert.True(page.IndexOf("<h2 id=\"key-points\"", StringComparison.Ordinal) < choose, "Choose your version comes before the key points");

        var pdfs = PdfLinkPattern().Matches(page).ToList();
        Assert.Equal(
            ["breast--aromatase-inhibitor.pdf", "breast--aromatase-inhibitor.large-print.pdf", "prostate--adt.pdf", "prostate--adt.large-print.pdf"],
            pdfs.Select(m => m.Groups[1].Value[("../../en/bones/".Length)..]));
        foreach (var m in pdfs)
        {
            Assert.True(m.Index < body, $"{m.Groups[1].Value} is linked after the body's first heading");
            var bytes = new FileInfo(Path.Combine(site.Out, "en/bones", Path.GetFileName(m.Groups[1].Value))).Length;
            Assert.Equal($"PDF, {(bytes + 1023) / 1024} KB", m.Groups[3].Value);
        }

        Assert.Equal("Standard print", pdfs[0].Groups[2].Value);
        Assert.Equal("Large print", pdfs[1].Groups[2].Value);
        var version = page.IndexOf("href=\"../../en/bones/prostate--adt.html\"", StringComparison.Ordinal);
        Assert.True(version > pdfs[1].Index && version < pdfs[2].Index, "each version's PDFs follow its link");

        // Spanish words and decimal mark; the same files' sizes.
        var es = site.Page("es/bones/index.html");
        Assert.Contains("<h2 id=\"choose-version\">Elija su versión</h2>", es);
        Assert.Matches("<a href=\"../../es/bones/prostate--adt.large-print.pdf\" type=\"application/pdf\">Letra grande <span class=\"file-size\">\\(PDF, [0-9]+ KB\\)</span></a>", es);
    }

    [Fact]
    public void A_version_page_puts_its_own_pdfs_and_the_print_button_before_the_body()
    {
        using var site = Site();
        site.BuildOk();
        var page = site.Page("en/bones/prostate--adt.html");
        var body = page.IndexOf("<h2 id=\"first-body-heading\"", StringComparison.Ordinal);
        var print = page.IndexOf("<h2 id=\"print\">Print this handout</h2>", StringComparison.Ordinal);
        Assert.True(print > 0 && print < body, "Print this handout is not before the body");
        var pdfs = PdfLinkPattern().Matches(page).ToList();
        Assert.Equal(["../../en/bones/prostate--adt.pdf", "../../en/bones/prostate--adt.large-print.pdf"], pdfs.Select(m => m.Groups[1].Value));
        Assert.All(pdfs, m => Assert.True(m.Index < body));
        Assert.Equal($"PDF, {(new FileInfo(Path.Combine(site.Out, "en/bones/prostate--adt.large-print.pdf")).Length + 1023) / 1024} KB", pdfs[1].Groups[3].Value);

        var button = page.IndexOf("<p class=\"print-page\" data-print hidden><button type=\"button\" class=\"print-button\">Print this page</button></p>", StringComparison.Ordinal);
        Assert.True(button > pdfs[1].Index && button < body, "the print button is not beside the PDF links");
    }

    [Fact]
    public void The_print_button_works_only_through_the_themes_script_and_shows_only_when_it_runs()
    {
        using var site = Site();
        site.BuildOk();
        foreach (var path in new[] { "en/bones/index.html", "en/bones/prostate--adt.html" })
        {
            var page = site.Page(path);
            Assert.Equal(["<script src=\"../../assets/print.js\" defer>", "<script src=\"../../assets/search.js\" defer>"], ScriptTags.In(page));
            Assert.Contains("data-print hidden>", page);
            Assert.DoesNotContain("onclick", page, StringComparison.OrdinalIgnoreCase);
        }

        var script = site.Page("assets/print.js");
        Assert.Contains("[data-print]", script);
        Assert.Contains("hidden = false", script);
        Assert.Contains("window.print()", script);

        // Pages without a print button load only the search box's script.
        Assert.Equal(["<script src=\"../assets/search.js\" defer>"], ScriptTags.In(site.Page("en/index.html")));

        // Paper gets the handout, not the buttons and links to choose and print it.
        Assert.Matches("@media print \\{[\\s\\S]*?\\.versions, \\.print-links, \\.print-page \\{ display: none; \\}", site.Page("assets/site.css"));
    }

    [Fact]
    public void Without_pdfs_no_page_links_one_and_the_print_button_stays()
    {
        using var site = Site();
        var result = site.Build(strict: true, pdf: false);
        Assert.True(result.Outcome == Handouts.Build.BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var page in Directory.GetFiles(site.Out, "*.html", SearchOption.AllDirectories))
            Assert.DoesNotContain(".pdf\"", File.ReadAllText(page));
        var general = site.Page("en/bones/index.html");
        Assert.Contains("<h2 id=\"choose-version\">Choose your version</h2>", general);
        Assert.DoesNotContain("pdf-links", general);
        var version = site.Page("en/bones/prostate--adt.html");
        Assert.DoesNotContain("Print this handout", version);
        Assert.Contains("class=\"print-button\"", version);
    }

    [Fact]
    public void Both_papers_are_linked_with_their_own_sizes()
    {
        using var site = Site();
        var result = Handouts.Build.SiteBuilder.Build(new Handouts.Build.BuildOptions(site.Content, site.Templates, site.Out, null, true, TestSite.Today, true, BothPapers: true));
        Assert.True(result.Outcome == Handouts.Build.BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));
        var labels = PdfLinkPattern().Matches(site.Page("en/bones/prostate--adt.html")).Select(m => $"{m.Groups[2].Value} → {Path.GetFileName(m.Groups[1].Value)}").ToList();
        Assert.Equal(["Standard print → prostate--adt.pdf", "Large print → prostate--adt.large-print.pdf", "Standard print (A4) → prostate--adt.a4.pdf", "Large print (A4) → prostate--adt.large-print.a4.pdf"], labels);
    }

    [Theory]
    [InlineData(1, ".", "1 KB")]
    [InlineData(1024, ".", "1 KB")]
    [InlineData(1025, ".", "2 KB")]
    [InlineData(86_000, ".", "84 KB")]
    [InlineData(1024 * 1024 - 1, ".", "1024 KB")]
    [InlineData(1024 * 1024, ".", "1.0 MB")]
    [InlineData(1_258_291, ",", "1,2 MB")]
    public void File_sizes_read_in_whole_kilobytes_or_megabytes_with_the_languages_decimal_mark(long bytes, string mark, string expected) =>
        Assert.Equal(expected, FileSizeText.Format(bytes, mark));

    [GeneratedRegex("<a href=\"([^\"]+\\.pdf)\" type=\"application/pdf\">([^<]+) <span class=\"file-size\">\\(([^)]+)\\)</span></a>")]
    private static partial Regex PdfLinkPattern();
}
