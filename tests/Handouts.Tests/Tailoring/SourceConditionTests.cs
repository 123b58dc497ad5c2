using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Tailoring;

/// <summary>A source can be limited to the variants it fits (a study of women is not a source on a prostate version):
/// <c>for:</c> on a source takes a condition like a <c>::: for</c> block, checked the same way.</summary>
public sealed class SourceConditionTests
{
    // The extra source's lines are 20–24 of the handout; its condition's value starts at column 10 of line 24.
    private static string WithSource(string condition) => TestSite.Handout().Replace(
        "    url: https://www.cancer.org/osteoporosis\n",
        $"    url: https://www.cancer.org/osteoporosis\n  - id: women\n    title: A study of women\n    publisher: Example Institute\n    url: https://example.org/women\n    for: {condition}\n",
        StringComparison.Ordinal);

    [Fact]
    public void A_source_with_a_condition_is_listed_only_where_it_fits_and_on_the_general_page()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + WithSource("cancer=breast"));
        site.BuildOk();
        Assert.Contains("A study of women", site.Page("en/bones/breast--aromatase-inhibitor.html"));
        Assert.DoesNotContain("A study of women", site.Page("en/bones/prostate--adt.html"));
        Assert.Contains("A study of women", site.Page("en/bones/index.html"));
        Assert.Contains("Osteoporosis", site.Page("en/bones/prostate--adt.html"));

        Assert.Contains("A study of women", site.PdfWords("en/bones/breast--aromatase-inhibitor.pdf"));
        Assert.DoesNotContain("study of women", site.PdfWords("en/bones/prostate--adt.pdf"));
    }

    [Theory]
    [InlineData("cancer=brest", "HND010", "unknown cancer type 'brest'")]
    [InlineData("cancer=lymphoma", "HND011", "not in this handout's cancer_types")]
    [InlineData("kind=breast", "HND015", "is not a condition")]
    public void A_bad_source_condition_is_an_error_at_its_column(string condition, string code, string message)
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + WithSource(condition));
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        Assert.Contains(message, DiagnosticAssert.Has(result, code, "bones.en.md", 24, 10).Message);
    }

    [Fact]
    public void A_source_no_variant_matches_is_a_warning()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + WithSource("cancer=breast treatment=adt"));
        var d = DiagnosticAssert.Has(site.Build(), "HND023", "bones.en.md", 24, 10);
        Assert.Contains("only the general page lists it", d.Message);
    }
}
