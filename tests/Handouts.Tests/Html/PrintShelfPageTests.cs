using System.Text.RegularExpressions;
using Handouts.Tests.Pdf;
using Handouts.Tests.Support;

namespace Handouts.Tests.Html;

/// <summary>The staff page at print/index.html: every waiting-room pack and poster, by language and cancer type, with
/// its size and pages, for printing on demand; for staff only, so no patient page links to it, the sitemap leaves it
/// out and search engines are asked not to index it.</summary>
public sealed class PrintShelfPageTests(PrintPackTests.Site fixture) : IClassFixture<PrintPackTests.Site>
{
    private TestSite S => fixture.Test;

    [Fact]
    public void The_staff_page_links_every_pack_and_poster_with_its_size_and_pages()
    {
        var page = S.Page("print/index.html");
        var links = Regex.Matches(page, "<a href=\"([^\"]+)\">PDF, ([0-9]+) KB, ([0-9]+) pages?</a>")
            .ToDictionary(m => Path.GetFullPath(Path.Combine(S.Out, "print", m.Groups[1].Value)), m => (Kb: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), Pages: int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)));
        var files = Directory.GetFiles(Path.Combine(S.Out, "print"), "*.pdf", SearchOption.AllDirectories).Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(20, files.Count);
        Assert.Equal(files, links.Keys.Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            var (kb, pages) = links[file];
            Assert.Equal((new FileInfo(file).Length + 1023) / 1024, kb);
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(file));
            Assert.Equal(pdf.NumberOfPages, pages);
        }
    }

    [Fact]
    public void Packs_are_grouped_by_language_then_cancer_type_each_row_naming_the_treatment_and_its_handouts()
    {
        var page = S.Page("print/index.html");
        int At(string s)
        {
            var i = page.IndexOf(s, StringComparison.Ordinal);
            Assert.True(i >= 0, $"'{s}' is not on the staff page");
            return i;
        }

        Assert.True(At("<h2 id=\"lang-en\"><span lang=\"en\">English</span></h2>") < At("<h3><span lang=\"en\">Breast cancer</span></h3>"));
        Assert.True(At("<h3><span lang=\"en\">Breast cancer</span></h3>") < At("<h3><span lang=\"en\">Prostate cancer</span></h3>"));
        Assert.True(At("<h3><span lang=\"en\">Prostate cancer</span></h3>") < At("<h3><span lang=\"en\">Lymphoma</span></h3>"));
        Assert.True(At("<h3><span lang=\"en\">Lymphoma</span></h3>") < At("<h2 id=\"lang-es\"><span lang=\"es\">Español</span></h2>"));
        Assert.True(At("<h2 id=\"lang-es\"><span lang=\"es\">Español</span></h2>") < At("<h3><span lang=\"es\">Cáncer de mama</span></h3>"));
        Assert.Contains("<tr><th scope=\"row\" lang=\"en\">Hormone therapy (ADT)</th><td><ul lang=\"en\"><li>Bones and you</li><li>Food and your bones</li></ul></td>", page);
        Assert.Contains("<th scope=\"row\" lang=\"en\">For everyone with this cancer</th>", page);
        Assert.Contains("<th scope=\"row\" lang=\"es\">Inhibidor de la aromatasa</th><td><ul lang=\"es\"><li>Sus huesos</li></ul></td>", page);
    }

    [Fact]
    public void The_staff_page_is_for_staff_only_not_linked_from_patient_pages_nor_in_the_sitemap()
    {
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", S.Page("print/index.html"));
        Assert.DoesNotContain("print/", S.Page("sitemap.xml"));
        var pages = Directory.GetFiles(S.Out, "*.html", SearchOption.AllDirectories).Where(f => !f.StartsWith(Path.Combine(S.Out, "print"), StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 10);
        foreach (var file in pages) Assert.DoesNotContain("print/", File.ReadAllText(file));
    }
}
