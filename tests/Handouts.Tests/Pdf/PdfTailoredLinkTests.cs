using Handouts.Tests.Support;
using UglyToad.PdfPig.Actions;

namespace Handouts.Tests.Pdf;

/// <summary>A version's PDF links another handout at the same page its web page does, as an absolute address.</summary>
public sealed class PdfTailoredLinkTests
{
    private const string Base = "https://clinic.example.org/bones/";

    [Theory]
    [InlineData("en/bones/prostate--adt.pdf", "prostate--adt", "prostate")]
    [InlineData("en/bones/prostate--adt.large-print.pdf", "prostate--adt", "prostate")]
    [InlineData("en/bones/breast--aromatase-inhibitor.pdf", "breast--aromatase-inhibitor", "breast")]
    public void Link_in_a_versions_pdf_leads_to_the_targets_matching_version(string pdfPath, string variant, string cancer)
    {
        using var site = TestSite.Create(
            "-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Read more\n\nRead [the matching handout](match.md#section).\nRead [the cancer handout](spread.md).\nRead [the lymphoma handout](lymph.md).\n")
            + "\n-- content/handouts/match.en.md --\n" + TestSite.Handout(title: "Matching handout")
            + "\n-- content/handouts/spread.en.md --\n" + TestSite.Handout(title: "Cancer handout", treatments: "[]")
            + "\n-- content/handouts/lymph.en.md --\n" + TestSite.Handout(title: "Lymphoma handout", cancers: "[lymphoma]", treatments: "[steroids]"));
        site.BuildOk();
        using var pdf = site.OpenPdf(pdfPath);
        var uris = pdf.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri).ToList();
        Assert.Contains($"{Base}en/match/{variant}.html#section", uris);
        Assert.Contains($"{Base}en/spread/{cancer}.html", uris);
        Assert.Contains($"{Base}en/lymph/index.html", uris);
        Assert.DoesNotContain($"{Base}en/match/index.html#section", uris);
    }
}
