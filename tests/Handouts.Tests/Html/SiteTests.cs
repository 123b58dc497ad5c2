using System.Text.RegularExpressions;
using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Html;

/// <summary>Whole sites built from inline files, asserted on the pages a patient would open.</summary>
public sealed partial class SiteTests
{
    private static TestSite Bilingual()
    {
        var es = TestSite.Handout(TestSite.Translation, "## Sección\n\nTexto para todos. Lea [otro folleto](other.md).\n", title: "Sus huesos");
        var site = TestSite.Create(
            "-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Section\n\nText. Read [the other one](other.md#section).\n")
            + "\n-- content/handouts/bones.es.md --\n" + es.Replace("language: en", "", StringComparison.Ordinal)
            + "\n-- content/handouts/other.en.md --\n" + TestSite.Handout(title: "Other handout", cancers: "[lymphoma]", treatments: "[steroids]"));
        var result = site.Build(strict: true);
        Assert.True(result.Outcome == BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }

    [Fact]
    public void Every_link_and_asset_resolves_relatively_so_the_site_works_from_file_urls()
    {
        using var site = Bilingual();
        var pages = Directory.GetFiles(site.Out, "*.html", SearchOption.AllDirectories).Where(p => !p.EndsWith("404.html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 12, $"only {pages.Count} pages");
        foreach (var page in pages)
        {
            foreach (Match m in LinkPattern().Matches(File.ReadAllText(page)))
            {
                var href = m.Groups[2].Value;
                if (href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith("tel:", StringComparison.Ordinal) || href.StartsWith('#')) continue;
                Assert.False(href.StartsWith('/'), $"{page}: root-absolute link {href} breaks under a sub-path");
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, href.Split('#')[0]));
                Assert.True(File.Exists(target), $"{Path.GetRelativePath(site.Out, page)} links to missing {href}");
            }
        }
    }

    [Fact]
    public void Pages_declare_their_language_and_alternates()
    {
        using var site = Bilingual();
        var es = site.Page("es/bones/index.html");
        Assert.Contains("<html lang=\"es\">", es);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://clinic.example.org/bones/en/bones/index.html\">", es);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"es\" href=\"https://clinic.example.org/bones/es/bones/index.html\">", es);
        Assert.Contains("Puntos clave", es);
        Assert.Contains("1 de octubre de 2026", es);
        var en = site.Page("en/bones/index.html");
        Assert.Contains("<html lang=\"en\">", en);
        Assert.Contains("October 1, 2026", en);

        // "other" has no Spanish version: its pages offer no Spanish alternate, and the Spanish home lists it as English.
        Assert.DoesNotContain("<link rel=\"alternate\" hreflang=\"es\"", site.Page("en/other/index.html"));
        Assert.Contains("<li lang=\"en\"><a href=\"../en/other/index.html\" hreflang=\"en\">Other handout</a>", site.Page("es/index.html"));
        // A Spanish link to an English-only handout goes to the English page.
        Assert.Contains("href=\"../../en/other/index.html\"", es);
    }

    [Fact]
    public void Handout_page_shows_main_message_first_then_key_points_call_us_review_and_sources()
    {
        using var site = Bilingual();
        var page = site.Page("en/bones/breast--aromatase-inhibitor.html");
        int At(string s)
        {
            var i = page.IndexOf(s, StringComparison.Ordinal);
            Assert.True(i >= 0, $"missing {s}");
            return i;
        }

        var order = new[] { At("<h1>Bones and you</h1>"), At("Keep your bones strong."), At("Key points"), At("Walk every day."), At("Text. Read"), At("When to call us"), At("You fall."), At("href=\"tel:5550100\""), At("href=\"tel:5550199\""), At("Reviewed"), At("Oncology nurse educator"), At("https://www.cancer.org/osteoporosis") };
        Assert.Equal(order.Order(), order);
        Assert.Contains("This version is for <strong>Breast cancer · Aromatase inhibitor</strong>", page);
        Assert.Contains("<a href=\"#main\" class=\"skip-link\"", page.Replace("<a class=\"skip-link\" href=\"#main\"", "<a href=\"#main\" class=\"skip-link\"", StringComparison.Ordinal));
        Assert.Contains("<main id=\"main\"", page);
        Assert.Single(H1Pattern().Matches(page));
    }

    [Fact]
    public void Home_leads_to_the_cancer_page_which_leads_to_the_tailored_variant()
    {
        using var site = Bilingual();
        var home = site.Page("en/index.html");
        Assert.Contains("href=\"../en/cancer/breast.html\"", home);
        Assert.Contains("href=\"../en/treatment/aromatase-inhibitor.html\"", home);
        var cancer = site.Page("en/cancer/breast.html");
        Assert.Contains("<h2>Aromatase inhibitor</h2>", cancer);
        Assert.Contains("href=\"../../en/bones/breast--aromatase-inhibitor.html\"", cancer);
        var treatment = site.Page("en/treatment/steroids.html");
        Assert.Contains("<h2>Lymphoma</h2>", treatment);
        Assert.Contains("href=\"../../en/other/lymphoma--steroids.html\"", treatment);
        Assert.False(site.Exists("en/cancer/lung.html"), "no page for a cancer type without handouts");
        Assert.True(site.Exists("index.html"));
    }

    [Fact]
    public void Sitemap_and_404()
    {
        using var site = Bilingual();
        var sitemap = site.Page("sitemap.xml");
        Assert.Contains("<loc>https://clinic.example.org/bones/en/bones/breast--aromatase-inhibitor.html</loc><lastmod>2026-10-01</lastmod>", sitemap);
        Assert.Contains("<loc>https://clinic.example.org/bones/es/index.html</loc>", sitemap);
        Assert.DoesNotContain("404", sitemap);
        var notFound = site.Page("404.html");
        Assert.Contains("href=\"https://clinic.example.org/bones/assets/site.css\"", notFound);
        Assert.Contains("href=\"https://clinic.example.org/bones/es/index.html\"", notFound);
    }

    [Fact]
    public void Text_from_content_is_html_escaped()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(title: "\"Bones <script>alert(1)</script> & you\""));
        Assert.Equal(BuildOutcome.Succeeded, site.Build().Outcome);
        var page = site.Page("en/bones/index.html");
        Assert.DoesNotContain("<script>", page);
        Assert.Contains("<h1>Bones &lt;script&gt;alert(1)&lt;/script&gt; &amp; you</h1>", page);
    }

    [Fact]
    public void Images_are_copied_and_linked_relatively()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Look\n\n![A drawing of a hip bone](../images/hip.png)\n"));
        Directory.CreateDirectory(Path.Combine(site.Content, "images"));
        File.Copy(Path.Combine(TestSite.RepoRoot, "content", "images", "logo.png"), Path.Combine(site.Content, "images", "hip.png"));
        Assert.Equal(BuildOutcome.Succeeded, site.Build().Outcome);
        Assert.Contains("<img src=\"../../media/images/hip.png\" alt=\"A drawing of a hip bone\"", site.Page("en/bones/index.html"));
        Assert.True(site.Exists("media/images/hip.png"));
    }

    [GeneratedRegex("(href|src)=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<h1[ >]")]
    private static partial Regex H1Pattern();
}
