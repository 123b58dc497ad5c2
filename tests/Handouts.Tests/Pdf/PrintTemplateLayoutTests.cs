using Handouts.Tests.Support;

namespace Handouts.Tests.Pdf;

public sealed class PrintTemplateLayoutTests
{
    [Fact]
    public void Rows_put_columns_side_by_side_and_the_document_element_sets_size_and_margin()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Why\n\nBody text here.\n"));
        File.WriteAllText(Path.Combine(site.Templates, "print.xml"), """
            <document size="a4" margin="36">
            <content>
            <row>
              <column width="2*"><text>Left column words.</text></column>
              <column width="120"><text>Right column words.</text></column>
            </row>
            <markdown/>
            </content>
            </document>
            """);
        site.BuildOk();
        using var pdf = site.OpenPdf("en/bones/prostate--adt.pdf");
        var page = pdf.GetPage(1);
        Assert.Equal(595.28, page.Width, 1);
        var words = page.GetWords().ToList();
        var left = words.First(w => w.Text == "Left");
        var right = words.First(w => w.Text == "Right");
        Assert.Equal(left.BoundingBox.Bottom, right.BoundingBox.Bottom, 1);
        Assert.True(right.BoundingBox.Left > left.BoundingBox.Right + 100, "the right column sits beside the left one");
        Assert.Equal(36, left.BoundingBox.Left, 0);
        Assert.True(right.BoundingBox.Left > 595.28 - 36 - 121 && right.BoundingBox.Left < 595.28 - 36 - 100, $"the fixed column is 120 pt wide at the right margin: {right.BoundingBox.Left}");
    }
}
