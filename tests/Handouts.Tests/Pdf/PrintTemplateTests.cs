using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Pdf;

public sealed class PrintTemplateTests
{
    [Fact]
    public void HND054_an_unknown_element_or_attribute_is_an_error_at_the_template_line()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        var path = Path.Combine(site.Templates, "print.xml");
        var lines = File.ReadAllLines(path).ToList();
        lines.Insert(14, "<paragraph>Hello</paragraph>");
        lines.Insert(15, "<text colour=\"red\">Hi</text>");
        File.WriteAllLines(path, lines);
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        var element = DiagnosticAssert.Has(result, "HND054", "print.xml", 15, 1);
        Assert.Contains("<paragraph>", element.Message);
        var attribute = DiagnosticAssert.Has(result, "HND054", "print.xml", 16, 7);
        Assert.Contains("colour", attribute.Message);
    }

    [Fact]
    public void A_clinic_restyles_its_pdfs_by_editing_the_print_template()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Why\n\nBody text here.\n"));
        File.WriteAllText(Path.Combine(site.Templates, "print.xml"), """
            <document>
            <footer><text align="right"><page-number/> / <page-count/></text></footer>
            <content>
            <text style="title">{{ handout.title }}</text>
            <text>Printed for {{ site.clinic.name }}</text>
            <page-break/>
            <markdown/>
            </content>
            </document>
            """);
        site.BuildOk();
        using var pdf = site.OpenPdf("en/bones/prostate--adt.pdf");
        Assert.Equal(2, pdf.NumberOfPages);
        var first = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        var second = string.Join(" ", pdf.GetPage(2).GetWords().Select(w => w.Text));
        Assert.Contains("Printed for Test Clinic", first);
        Assert.Contains("1 / 2", first);
        Assert.Contains("Body text here.", second);
        Assert.Contains("2 / 2", second);
        Assert.DoesNotContain("Key points", first + second);
    }
}
