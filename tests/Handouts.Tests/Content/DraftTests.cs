using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Content;

/// <summary><c>draft: true</c> keeps a handout out of a build entirely (no page, no PDF, not listed, not in the sitemap),
/// with its translations; <c>--drafts</c> publishes it with a banner; a published handout linking to a draft is an error.</summary>
public sealed class DraftTests
{
    private static TestSite Site(string publishedBody = "## Section\n\nText for everyone.\n") => TestSite.Create(
        "-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: publishedBody)
        + "\n-- content/handouts/new.en.md --\n" + TestSite.Handout("draft: true", title: "Work in progress")
        + "\n-- content/handouts/new.es.md --\n" + TestSite.Handout(TestSite.Translation, title: "Trabajo en curso"));

    [Fact]
    public void A_draft_is_left_out_of_the_build_entirely_with_its_translations()
    {
        using var site = Site();
        site.BuildOk();
        Assert.True(site.Exists("en/bones/index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Out, "en", "new")));
        Assert.False(Directory.Exists(Path.Combine(site.Out, "es", "new")));
        var everything = string.Join("\n", Directory.GetFiles(site.Out, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        Assert.DoesNotContain("Work in progress", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Trabajo en curso", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("/new/", site.Page("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void With_drafts_a_draft_is_published_with_a_banner_on_its_pages_and_pdfs()
    {
        using var site = Site();
        var result = SiteBuilder.Build(new BuildOptions(site.Content, site.Templates, site.Out, Strict: true, Today: TestSite.Today, Drafts: true));
        Assert.True(result.Outcome == BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("class=\"draft-banner\"", site.Page("en/new/index.html"), StringComparison.Ordinal);
        Assert.Contains("Borrador", site.Page("es/new/prostate--adt.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("draft-banner", site.Page("en/bones/index.html"), StringComparison.Ordinal);
        Assert.Contains("Draft: This handout is not published yet", site.PdfWords("en/new/prostate--adt.pdf"), StringComparison.Ordinal);
        Assert.DoesNotContain("Draft:", site.PdfWords("en/bones/prostate--adt.pdf"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_handout_linking_to_a_draft_is_an_error_at_the_link()
    {
        using var site = Site("## Section\n\nRead [the new one](new.md) too.\n");
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        var d = DiagnosticAssert.Has(result, "HND009", "bones.en.md", 24);
        Assert.Contains("draft", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_must_be_true_or_false()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout("draft: maybe"));
        var result = site.Build();
        DiagnosticAssert.Has(result, "HND004", "bones.en.md", 20);
    }
}
