using System.Text;
using Handouts.Build;
using Handouts.Tests.Support;
using UglyToad.PdfPig;

namespace Handouts.Tests.Pdf;

public sealed class PdfTableAndAlertTests
{
    private static string Table(int rows, string cell = "Milk") =>
        "| Food | Calcium in one serving |\n|---|---|\n" + string.Concat(Enumerable.Range(1, rows).Select(i => $"| {cell} {i} | {i * 10} mg |\n"));

    [Fact]
    public void A_long_table_repeats_its_header_row_on_every_page_and_is_tagged()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Foods\n\n" + Table(90)));
        var result = site.Build(strict: true);
        Assert.True(result.Outcome == BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));
        var bytes = File.ReadAllBytes(Path.Combine(site.Out, "en/bones/prostate--adt.pdf"));
        using var pdf = PdfDocument.Open(bytes);
        var pagesWithRows = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).Where(t => t.Contains(" mg", StringComparison.Ordinal)).ToList();
        Assert.True(pagesWithRows.Count >= 2, "90 rows need more than one page");
        Assert.All(pagesWithRows, t => Assert.Contains("Food Calcium in one serving", t));
        var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Milk 90 900 mg", words);
        var raw = Encoding.Latin1.GetString(bytes);
        foreach (var tag in new[] { "/S /Table", "/S /TR", "/S /TH", "/S /TD" }) Assert.Contains(tag, raw);
    }

    [Fact]
    public void HND053_a_row_taller_than_a_page_is_an_error_naming_its_line()
    {
        var huge = string.Join(' ', Enumerable.Repeat("calcium", 2500));
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Foods\n\n| Food | Notes |\n|---|---|\n| Milk | " + huge + " |\n"));
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        DiagnosticAssert.Has(result, "HND053", "bones.en.md", 26, 1);
    }

    [Fact]
    public void An_alert_prints_as_a_titled_panel()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Care\n\n> [!WARNING]\n> Do not stop your medicine on your own.\n"));
        Assert.Equal(BuildOutcome.Succeeded, site.Build(strict: true).Outcome);
        using var pdf = PdfDocument.Open(File.ReadAllBytes(Path.Combine(site.Out, "en/bones/prostate--adt.pdf")));
        var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Warning Do not stop your medicine on your own.", words);
    }
}
