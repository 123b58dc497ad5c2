using Handouts.Cli;
using Handouts.Tests.Support;

namespace Handouts.Tests.Cli;

public sealed class BothPapersTests
{
    [Fact]
    public void Both_papers_makes_letter_and_a4_pdfs_linked_from_the_page()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        var code = App.Run(["build", "--content", site.Content, "--templates", site.Templates, "--out", site.Out, "--both-papers"], new StringWriter(), new StringWriter());
        Assert.Equal(0, code);
        using (var letter = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(Path.Combine(site.Out, "en/bones/prostate--adt.pdf"))))
            Assert.Equal(792, letter.GetPage(1).Height, 0);
        using (var a4 = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(Path.Combine(site.Out, "en/bones/prostate--adt.large-print.a4.pdf"))))
            Assert.Equal(841.89, a4.GetPage(1).Height, 1);
        Assert.Contains("href=\"../../en/bones/prostate--adt.a4.pdf\"", site.Page("en/bones/prostate--adt.html"));
    }
}
