using System.Text.RegularExpressions;
using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Html;

/// <summary>A link from one handout to another keeps the reader's tailoring: from a version's page it leads to the
/// target's version for the same cancer and treatment, else the one for everyone with that cancer, else the general
/// page; the general page links general pages. Anchors and the language are kept.</summary>
public sealed partial class TailoredLinkTests
{
    private const string Links = """
        ## Read more

        Read [the matching handout](match.md#section).
        Read [the cancer handout](spread.md).
        Read [the steroid handout](steroid.md).
        Read [the lymphoma handout](lymph.md).
        """;

    private const string Enlaces = """
        ## Lea más

        Lea [el otro folleto](match.md#pasos).
        Lea [el folleto del cáncer](spread.md).
        """;

    /// <summary><c>bones</c> (breast × aromatase inhibitor, prostate × ADT) links four handouts: one with the same
    /// versions, one with cancer-only versions, one for prostate × steroids only, one for lymphoma only. Spanish
    /// translations of <c>bones</c> and <c>match</c>; the others are English only.</summary>
    private static TestSite Site()
    {
        var site = TestSite.Create(
            "-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: Links)
            + "\n-- content/handouts/bones.es.md --\n" + TestSite.Handout(TestSite.Translation, Enlaces, title: "Sus huesos")
            + "\n-- content/handouts/match.en.md --\n" + TestSite.Handout(title: "Matching handout")
            + "\n-- content/handouts/match.es.md --\n" + TestSite.Handout(TestSite.Translation, "## Pasos\n\nTexto para todos.\n", title: "Otro folleto")
            + "\n-- content/handouts/spread.en.md --\n" + TestSite.Handout(title: "Cancer handout", treatments: "[]")
            + "\n-- content/handouts/steroid.en.md --\n" + TestSite.Handout(title: "Steroid handout", cancers: "[prostate]", treatments: "[steroids]")
            + "\n-- content/handouts/lymph.en.md --\n" + TestSite.Handout(title: "Lymphoma handout", cancers: "[lymphoma]", treatments: "[steroids]"));
        var result = site.Build(strict: true, pdf: false);
        Assert.True(result.Outcome == BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }

    /// <summary>The hrefs of the links in a page's body, in order.</summary>
    private static List<string> BodyLinks(string html)
    {
        var body = html[html.IndexOf("<div class=\"body\">", StringComparison.Ordinal)..];
        body = body[..body.IndexOf("</div>", StringComparison.Ordinal)];
        return Href().Matches(body).Select(m => m.Groups[1].Value).ToList();
    }

    [Fact]
    public void Link_on_a_version_leads_to_the_targets_version_for_the_same_reader_else_same_cancer_else_general()
    {
        using var site = Site();
        Assert.Equal(
            ["../../en/match/prostate--adt.html#section", "../../en/spread/prostate.html", "../../en/steroid/index.html", "../../en/lymph/index.html"],
            BodyLinks(site.Page("en/bones/prostate--adt.html")));
        Assert.Equal(
            ["../../en/match/breast--aromatase-inhibitor.html#section", "../../en/spread/breast.html", "../../en/steroid/index.html", "../../en/lymph/index.html"],
            BodyLinks(site.Page("en/bones/breast--aromatase-inhibitor.html")));
    }

    [Fact]
    public void Link_on_the_general_page_leads_to_general_pages_with_its_anchor()
    {
        using var site = Site();
        Assert.Equal(
            ["../../en/match/index.html#section", "../../en/spread/index.html", "../../en/steroid/index.html", "../../en/lymph/index.html"],
            BodyLinks(site.Page("en/bones/index.html")));
    }

    [Fact]
    public void Link_on_a_spanish_version_stays_in_spanish_where_translated_and_keeps_the_tailoring_where_not()
    {
        using var site = Site();
        Assert.Equal(
            ["../../es/match/prostate--adt.html#pasos", "../../en/spread/prostate.html"],
            BodyLinks(site.Page("es/bones/prostate--adt.html")));
        Assert.Equal(["../../es/match/index.html#pasos", "../../en/spread/index.html"], BodyLinks(site.Page("es/bones/index.html")));
    }

    [Fact]
    public void Link_targets_each_exist_in_the_built_site()
    {
        using var site = Site();
        foreach (var page in new[] { "en/bones/prostate--adt.html", "en/bones/breast--aromatase-inhibitor.html", "es/bones/prostate--adt.html" })
        {
            foreach (var href in BodyLinks(site.Page(page)))
                Assert.True(File.Exists(Path.GetFullPath(Path.Combine(site.Out, Path.GetDirectoryName(page)!, href.Split('#')[0]))), $"{page} links to missing {href}");
        }
    }

    [Fact]
    public void Link_around_an_image_leads_to_the_matching_version_and_the_image_keeps_its_address()
    {
        using var site = TestSite.Create(
            "-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Look\n\n[![A drawing of a hip bone](../images/hip.png)](match.md)\n")
            + "\n-- content/handouts/match.en.md --\n" + TestSite.Handout(title: "Matching handout"));
        Directory.CreateDirectory(Path.Combine(site.Content, "images"));
        File.Copy(Path.Combine(TestSite.RepoRoot, "content", "images", "logo.png"), Path.Combine(site.Content, "images", "hip.png"));
        var result = site.Build(strict: true, pdf: false);
        Assert.True(result.Outcome == BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<a href=\"../../en/match/prostate--adt.html\"><img src=\"../../media/images/hip.png\"", site.Page("en/bones/prostate--adt.html"));
    }

    [GeneratedRegex("<a href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
