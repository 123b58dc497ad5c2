using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Pdf;

public sealed class PdfDiagnosticTests
{
    [Fact]
    public void HND050_a_corrupt_font_is_an_error_at_start_up()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        File.WriteAllText(Path.Combine(site.Templates, "fonts", "NotoSans-Bold.ttf"), "not a font");
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        var d = Assert.Single(result.Diagnostics, d => d.Code == "HND050");
        Assert.Contains("NotoSans-Bold.ttf", d.Message);
        Assert.False(Directory.Exists(site.Out));
        Assert.Equal(BuildOutcome.Succeeded, site.Build(strict: true, pdf: false).Outcome);
    }

    [Fact]
    public void HND051_a_character_in_no_font_is_a_warning_at_its_line()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Why\n\nWalk with a smile 😀 every day.\n"));
        var result = site.Build();
        Assert.Equal(BuildOutcome.Succeeded, result.Outcome);
        var d = DiagnosticAssert.Has(result, "HND051", "bones.en.md", 24, 1);
        Assert.Contains("U+1F600", d.Message);
    }
}
