using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Content;

/// <summary>A translation names its translator, shown beside the reviewer on its pages and PDFs.</summary>
public sealed class TranslatorTests
{
    private const string Original = "-- content/handouts/bones.en.md --\n";

    [Fact]
    public void A_translation_shows_its_translator()
    {
        using var site = TestSite.Create(Original + TestSite.Handout() + "\n-- content/handouts/bones.es.md --\n" + TestSite.Handout(TestSite.Translation, title: "Sus huesos"));
        site.BuildOk(strict: false);
        Assert.Contains("Traducido por: Test translator.", site.Page("es/bones/prostate--adt.html"));
        Assert.DoesNotContain("Translated by", site.Page("en/bones/prostate--adt.html"));
        Assert.Contains("Traducido por: Test translator.", site.PdfWords("es/bones/prostate--adt.pdf"));
    }

    [Fact]
    public void A_translation_without_a_translator_is_an_error()
    {
        using var site = TestSite.Create(Original + TestSite.Handout() + "\n-- content/handouts/bones.es.md --\n" + TestSite.Handout("translated_from: \"1.0\""));
        var d = DiagnosticAssert.Has(site.Build(), "HND003", "bones.es.md", 2);
        Assert.Contains("'translator'", d.Message);
    }

    [Fact]
    public void An_original_with_a_translator_is_an_error()
    {
        using var site = TestSite.Create(Original + TestSite.Handout("translator: Someone"));
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        DiagnosticAssert.Has(result, "HND004", "bones.en.md", 20, 13);
    }
}
