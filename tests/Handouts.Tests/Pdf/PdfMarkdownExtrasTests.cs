using Handouts.Tests.Support;

namespace Handouts.Tests.Pdf;

public sealed class PdfMarkdownExtrasTests
{
    [Fact]
    public void Hard_breaks_thematic_breaks_and_box_colours()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Address\n\nRiverside Clinic  \n100 Example Street\n\n---\n\nAfter the rule.\n"));
        var path = Path.Combine(site.Templates, "print.xml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("<box style=\"message\">", "<box style=\"message\" background=\"#ffffff\" border=\"#000000\" padding=\"4\">", StringComparison.Ordinal));
        site.BuildOk();
        using var pdf = site.OpenPdf("en/bones/prostate--adt.pdf");
        var page = pdf.GetPage(1);
        var words = page.GetWords().ToList();
        var clinic = words.First(w => w.Text == "Clinic");
        var street = words.First(w => w.Text == "Example");
        Assert.True(street.BoundingBox.Bottom < clinic.BoundingBox.Bottom - 5, "the hard break put the street on the next line");
        Assert.Contains(words, w => w.Text == "rule.");
    }
}
