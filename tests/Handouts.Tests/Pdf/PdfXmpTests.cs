using System.Text;
using System.Xml.Linq;
using Handouts.Tests.Support;

namespace Handouts.Tests.Pdf;

public sealed class PdfXmpTests
{
    /// <summary>YAML's "\x01" escapes put characters into front matter that XML 1.0 forbids.</summary>
    [Fact]
    public void Control_characters_in_the_title_and_summary_leave_the_xmp_packet_well_formed()
    {
        var handout = TestSite.Handout(title: "\"Bones\\x01 and\\x1b you\"")
            .Replace("summary: A short summary.", "summary: \"A short\\x1b summary\\x01.\"", StringComparison.Ordinal);
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + handout);
        site.BuildOk();
        using var pdf = site.OpenPdf("en/bones/prostate--adt.pdf");
        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        var document = XDocument.Parse(Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray()));
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        Assert.Equal("Bones and you (Prostate cancer · Hormone therapy (ADT))", document.Descendants(dc + "title").Single().Value);
        Assert.Equal("A short summary.", document.Descendants(dc + "description").Single().Value);
        Assert.Contains("Bones and you", string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)));
    }
}
