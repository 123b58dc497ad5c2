using System.Text.RegularExpressions;
using Handouts.Tests.Support;

namespace Handouts.Tests.Html;

/// <summary>A reader can always switch language, and search engines get absolute <c>hreflang</c> alternates: a site in
/// English and Spanish where one breast handout is translated, one is not, and lymphoma has no Spanish handout.</summary>
public sealed partial class LanguageLinksTests
{
    private const string Base = "https://clinic.example.org/bones/";

    private static TestSite Built()
    {
        var site = TestSite.Create(
            "-- content/handouts/bones.en.md --\n" + TestSite.Handout()
            + "\n-- content/handouts/bones.es.md --\n" + TestSite.Handout(TestSite.Translation, "## Sección\n\nTexto para todos.\n", title: "Sus huesos")
            + "\n-- content/handouts/more.en.md --\n" + TestSite.Handout(title: "More about bones", cancers: "[breast]", treatments: "[aromatase-inhibitor]")
            + "\n-- content/handouts/other.en.md --\n" + TestSite.Handout(title: "Other handout", cancers: "[lymphoma]", treatments: "[steroids]"));
        site.BuildOk();
        return site;
    }

    [Fact]
    public void Every_page_in_every_language_offers_every_language_and_each_link_leads_to_a_page()
    {
        using var site = Built();
        var pages = Directory.GetFiles(site.Out, "*.html", SearchOption.AllDirectories).Where(p => !p.Contains("reports", StringComparison.Ordinal) && !Path.GetRelativePath(site.Out, p).StartsWith("print" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !p.EndsWith("404.html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 20, $"only {pages.Count} pages");
        foreach (var page in pages)
        {
            var name = Path.GetRelativePath(site.Out, page);
            var switcher = SwitcherPattern().Match(File.ReadAllText(page));
            Assert.True(switcher.Success, $"{name} has no language switcher");
            var links = LanguagePattern().Matches(switcher.Value).Select(m => (Lang: m.Groups[1].Value, Href: m.Groups[2].Value)).ToList();
            Assert.Equal(["en", "es"], links.Select(l => l.Lang));
            foreach (var (lang, href) in links)
            {
                Assert.StartsWith(lang + "/", Path.GetRelativePath(site.Out, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, href))).Replace('\\', '/'));
                Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, href))), $"{name}: the {lang} link {href} leads nowhere");
            }

            Assert.Single(Regex.Matches(switcher.Value, "aria-current=\"page\""));
        }
    }

    [Fact]
    public void An_untranslated_page_leads_to_the_nearest_page_in_that_language_and_says_so_in_it()
    {
        using var site = Built();

        // Translated: the switcher leads to the translation, with no note.
        var translated = Switcher(site.Page("en/bones/breast--aromatase-inhibitor.html"));
        Assert.Contains("<li lang=\"es\"><a href=\"../../es/bones/breast--aromatase-inhibitor.html\" hreflang=\"es\">Español</a></li>", translated);

        // Not translated, but Spanish has a page for the reader's cancer type: that page.
        Assert.Contains(
            "<li lang=\"es\"><a href=\"../../es/cancer/breast.html\" hreflang=\"es\">Español</a> <span class=\"language-note\">(este folleto aún no está en español)</span></li>",
            Switcher(site.Page("en/more/breast--aromatase-inhibitor.html")));

        // No Spanish page for lymphoma or steroids: the Spanish home.
        Assert.Contains(
            "<li lang=\"es\"><a href=\"../../es/index.html\" hreflang=\"es\">Español</a> <span class=\"language-note\">(este folleto aún no está en español)</span></li>",
            Switcher(site.Page("en/other/lymphoma--steroids.html")));
        Assert.Contains("<a href=\"../../es/index.html\" hreflang=\"es\">Español</a> <span class=\"language-note\">(este folleto aún no está en español)</span>", Switcher(site.Page("en/other/index.html")));

        // The case: a cancer page with no Spanish handouts.
        Assert.Contains(
            "<li lang=\"es\"><a href=\"../../es/index.html\" hreflang=\"es\">Español</a> <span class=\"language-note\">(esta página aún no está en español)</span></li>",
            Switcher(site.Page("en/cancer/lymphoma.html")));
        Assert.Contains("(esta página aún no está en español)", Switcher(site.Page("en/treatment/steroids.html")));

        // The current language is never noted.
        Assert.Contains("<li lang=\"en\"><a href=\"../../en/other/lymphoma--steroids.html\" aria-current=\"page\" hreflang=\"en\">English</a></li>", Switcher(site.Page("en/other/lymphoma--steroids.html")));
    }

    [Fact]
    public void Hreflang_alternates_and_canonical_are_absolute_with_x_default_and_name_only_real_translations()
    {
        using var site = Built();
        var es = site.Page("es/bones/breast--aromatase-inhibitor.html");
        Assert.Equal(
            [
                ("canonical", "", Base + "es/bones/breast--aromatase-inhibitor.html"),
                ("alternate", "en", Base + "en/bones/breast--aromatase-inhibitor.html"),
                ("alternate", "es", Base + "es/bones/breast--aromatase-inhibitor.html"),
                ("alternate", "x-default", Base + "en/bones/breast--aromatase-inhibitor.html"),
            ],
            HeadLinks(es));

        // Each translation names the same set, so search engines accept the pair.
        Assert.Equal(HeadLinks(es).Skip(1), HeadLinks(site.Page("en/bones/breast--aromatase-inhibitor.html")).Skip(1));

        // An English-only handout has no Spanish alternate (the switcher's Spanish link is not a translation).
        Assert.Equal(
            [
                ("canonical", "", Base + "en/other/index.html"),
                ("alternate", "en", Base + "en/other/index.html"),
                ("alternate", "x-default", Base + "en/other/index.html"),
            ],
            HeadLinks(site.Page("en/other/index.html")));
        Assert.Contains(("alternate", "x-default", Base + "en/index.html"), HeadLinks(site.Page("es/index.html")));
        Assert.Contains(("alternate", "es", Base + "es/cancer/breast.html"), HeadLinks(site.Page("en/cancer/breast.html")));

        foreach (var page in Directory.GetFiles(site.Out, "*.html", SearchOption.AllDirectories).Where(p => !p.Contains("reports", StringComparison.Ordinal) && !Path.GetRelativePath(site.Out, p).StartsWith("print" + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            Assert.All(HeadLinks(File.ReadAllText(page)), l => Assert.StartsWith(Base, l.Href));
    }

    private static string Switcher(string page) => SwitcherPattern().Match(page).Value;

    private static List<(string Rel, string Lang, string Href)> HeadLinks(string page) =>
        HeadLinkPattern().Matches(page).Select(m => (m.Groups[1].Value, m.Groups[3].Value, m.Groups[4].Value)).ToList();

    [GeneratedRegex("<nav class=\"languages\"[\\s\\S]*?</nav>")]
    private static partial Regex SwitcherPattern();

    [GeneratedRegex("<li lang=\"([a-z-]+)\"><a href=\"([^\"]+)\"")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("<link rel=\"(canonical|alternate)\"( hreflang=\"([^\"]+)\")? href=\"([^\"]+)\">")]
    private static partial Regex HeadLinkPattern();
}
