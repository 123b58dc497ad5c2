using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Html;

/// <summary>A handout for parents speaks about "your child" in the templates' fixed words too: strings.yml gives
/// overrides per audience under <c>audiences:</c>, used on that handout's pages and PDFs only.</summary>
public sealed class AudienceStringsTests
{
    private static string Parents() => TestSite.Handout().Replace("audience: patients", "audience: parents", StringComparison.Ordinal);

    [Fact]
    public void A_handout_for_parents_uses_the_parents_words_in_its_pages_and_pdfs()
    {
        using var site = TestSite.Create("-- content/handouts/child.en.md --\n" + Parents() + "\n-- content/handouts/adult.en.md --\n" + TestSite.Handout());
        site.BuildOk();
        Assert.Contains("If your child has a fall with a bad injury", site.Page("en/child/prostate--adt.html"));
        Assert.DoesNotContain("If you have a fall", site.Page("en/child/prostate--adt.html"));
        Assert.Contains("If you have a fall with a bad injury", site.Page("en/adult/prostate--adt.html"));
        Assert.DoesNotContain("your child", site.Page("en/index.html"));
        Assert.Contains("your child", site.PdfWords("en/child/prostate--adt.pdf"));
    }

    [Fact]
    public void A_language_without_the_audiences_words_falls_back_to_the_default_languages_with_a_warning()
    {
        // French is not in the built-in theme: a clinic's French strings without the parents' words fall back.
        using var site = TestSite.Create("-- content/handouts/child.en.md --\n" + Parents() + "\n-- templates/strings.yml --\nfr:\n  key_points: Points clés\n");
        site.Write("content/site.yml", TestSite.SiteYml.Replace("languages: [en, es]", "languages: [en, es, fr]", StringComparison.Ordinal));
        var result = site.Build();
        Assert.Equal(BuildOutcome.Succeeded, result.Outcome);
        var d = result.Diagnostics.Single(d => d.Code == "HND013" && d.Message.Contains("for parents", StringComparison.Ordinal));
        Assert.Contains("emergency", d.Message);
        Assert.Contains("If your child has a fall", site.Page("en/child/prostate--adt.html"));
    }

    [Theory]
    [InlineData("    parents:\n      emergency: If your child", "    kids:\n      emergency: If your child", "unknown audience 'kids'")]
    [InlineData("      emergency: If your child", "      emergancy: If your child", "string 'emergancy' for 'parents'")]
    public void A_misspelled_audience_or_string_is_an_error(string find, string replace, string message)
    {
        using var site = TestSite.Create("-- content/handouts/child.en.md --\n" + Parents());
        var strings = File.ReadAllText(Path.Combine(site.Templates, "strings.yml"));
        var at = strings.IndexOf(find, StringComparison.Ordinal);
        site.Write("templates/strings.yml", strings[..at] + replace + strings[(at + find.Length)..]);
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Code == "HND002" && d.Message.Contains(message, StringComparison.Ordinal) && d.Span.Path.EndsWith("strings.yml", StringComparison.Ordinal) && d.Span.Line > 0);
    }

    [Fact]
    public void Words_the_generator_reads_itself_follow_the_audience_too()
    {
        using var site = TestSite.Create("-- content/handouts/child.en.md --\n" + Parents());
        var strings = File.ReadAllText(Path.Combine(site.Templates, "strings.yml"));
        var at = strings.IndexOf("    parents:\n", StringComparison.Ordinal) + "    parents:\n".Length;
        site.Write("templates/strings.yml", strings[..at] + "      all_versions: All versions for parents\n      date_format: \"{day} {month} {year}\"\n" + strings[at..]);
        site.BuildOk(strict: false);
        Assert.Contains("1 October 2026", site.Page("en/child/index.html"));

        // A version's page links back to all versions in the audience's words.
        Assert.Contains("All versions for parents", site.Page("en/child/prostate--adt.html"));
    }
}
