using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Pdf;

/// <summary>Print styles live in the theme's print.yml: a clinic restyles its PDFs there, and the checks keep large
/// print at 16 pt or more and text at WCAG AA contrast, each problem at its line.</summary>
public sealed class PrintStylesTests
{
    private static readonly string BuiltIn = File.ReadAllText(Path.Combine(TestSite.RepoRoot, "templates", "print.yml"));

    private static TestSite Site(string printYml) => TestSite.Create(
        "-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Section\n\nRead [the guide](https://example.org/guide) today.\n")
        + "\n-- templates/print.yml --\n" + printYml, realTemplates: false);

    [Fact]
    public void A_clinics_print_yml_restyles_the_pdfs_without_code()
    {
        using var site = Site(BuiltIn.Replace("  body: 13\n", "  body: 15\n", StringComparison.Ordinal).Replace("link: \"#0a4f8a\"", "link: \"#6a1b9a\"", StringComparison.Ordinal));
        site.BuildOk();
        using var pdf = site.OpenPdf("en/bones/prostate--adt.pdf");
        var letters = pdf.GetPages().SelectMany(p => p.Letters).ToList();
        var body = letters.GroupBy(l => Math.Round(l.PointSize, 1)).OrderByDescending(g => g.Count()).First().Key;
        Assert.Equal(15, body);

        var guide = pdf.GetPages().SelectMany(p => p.GetWords()).First(w => w.Text == "guide");
        var (r, g, b) = guide.Letters[0].Color.ToRGBValues();
        Assert.Equal((0x6a / 255.0, 0x1b / 255.0, 0x9a / 255.0), (Math.Round(r, 3), Math.Round(g, 3), Math.Round(b, 3)), new RoundedTriple());

        // The large print keeps the built-in theme's 18 pt body: only the standard profile changed.
        using var large = site.OpenPdf("en/bones/prostate--adt.large-print.pdf");
        Assert.Equal(18, large.GetPages().SelectMany(p => p.Letters).GroupBy(l => Math.Round(l.PointSize, 1)).OrderByDescending(x => x.Count()).First().Key);
    }

    [Fact]
    public void Large_print_under_16_pt_is_an_error_at_its_line()
    {
        var yml = BuiltIn.Replace("  small: 16\n", "  small: 14\n", StringComparison.Ordinal);
        using var site = Site(yml);
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        var line = Array.FindIndex(yml.Split('\n'), l => l == "  small: 14") + 1;
        var d = DiagnosticAssert.Has(result, "HND004", "templates/print.yml", line);
        Assert.Contains("at least 16 pt", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text: \"#1a1a1a\"", "text: \"#999999\"", "contrast of 2.8:1 on white paper")]
    [InlineData("muted: \"#3d3d3d\"", "muted: \"#3d3d3d\"\n# comment", null)]
    [InlineData("call_fill: \"#fff5e6\"", "call_fill: \"#808080\"", "on call_fill")]
    [InlineData("link: \"#0a4f8a\"", "link: blue", "must be a colour written #rrggbb")]
    public void Colours_are_checked_for_form_and_contrast_at_their_line(string find, string replace, string? message)
    {
        var yml = BuiltIn.Replace(find, replace, StringComparison.Ordinal);
        using var site = Site(yml);
        var result = site.Build();
        if (message is null)
        {
            Assert.Equal(BuildOutcome.Succeeded, result.Outcome);
            return;
        }

        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Code == "HND004" && d.Span.Path.EndsWith("print.yml", StringComparison.Ordinal) && d.Message.Contains(message, StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.Out));
    }

    private sealed class RoundedTriple : IEqualityComparer<(double, double, double)>
    {
        public bool Equals((double, double, double) x, (double, double, double) y) =>
            Math.Abs(x.Item1 - y.Item1) < 0.002 && Math.Abs(x.Item2 - y.Item2) < 0.002 && Math.Abs(x.Item3 - y.Item3) < 0.002;

        public int GetHashCode((double, double, double) obj) => 0;
    }
}
