using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Checks;

/// <summary>Every handout says when it is due for its next review: its review date plus the clinic's review period
/// (<c>checks.review_warning_years</c>); once that day has passed, the build warns (an error with --strict).</summary>
public sealed class NextReviewTests
{
    [Fact]
    public void The_next_review_date_is_on_every_page_and_pdf()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        site.Write("content/site.yml", TestSite.SiteYml + "\nchecks:\n  review_warning_years: 1\n  review_error_years: 3\n");
        site.BuildOk();
        Assert.Contains("Next review: <time datetime=\"2027-10-01\">October 1, 2027</time>", site.Page("en/bones/prostate--adt.html"));
        Assert.Contains("Next review: October 1, 2027", site.PdfWords("en/bones/prostate--adt.pdf"));
        Assert.Contains("\"next_review\": \"2027-10-01\"", site.Page("reports/quality.json"));
    }

    [Fact]
    public void A_next_review_date_that_has_passed_is_flagged_and_fails_a_strict_build()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout().Replace("reviewed: 2026-10-01", "reviewed: 2024-06-01", StringComparison.Ordinal));
        var d = DiagnosticAssert.Has(site.Build(), "HND039", "bones.en.md", 8, 11);
        Assert.Contains("its next review was due 2026-06-01", d.Message);
        Assert.Equal(BuildOutcome.ContentErrors, site.Build(strict: true).Outcome);
    }
}
