using System.Globalization;
using System.Text;
using Handouts.Pdf.Writer;
using Handouts.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;

namespace Handouts.Tests.Pdf;

/// <summary>A link annotation's /URI must be 7-bit ASCII (PDF 32000, 12.6.4.7); what a screen reader says is the
/// address as the author wrote it.</summary>
public sealed class PdfLinkEncodingTests
{
    [Fact]
    public void Non_ascii_links_are_written_as_ascii_uris_and_read_aloud_as_written()
    {
        using var site = TestSite.Create(
            "-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Links\n\nRead [the guide in Spanish](https://example.org/cáncer) and [our other handout](other.md).\n")
            + "\n-- content/handouts/other.en.md --\n" + TestSite.Handout(title: "Other bones"));
        site.Write("content/site.yml", TestSite.SiteYml.Replace("https://clinic.example.org/bones/", "https://clínica.example.org/huesos/", StringComparison.Ordinal));
        site.BuildOk();
        var bytes = File.ReadAllBytes(Path.Combine(site.Out, "en/bones/prostate--adt.pdf"));
        var raw = Encoding.Latin1.GetString(bytes);
        Assert.DoesNotContain("/URI <", raw);

        using var pdf = PdfDocument.Open(bytes);
        var annotations = pdf.GetPages().SelectMany(p => p.GetAnnotations()).ToList();
        var uris = annotations.Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri).ToList();
        var host = new IdnMapping().GetAscii("clínica.example.org");
        Assert.Contains("https://example.org/c%C3%A1ncer", uris);
        Assert.Contains($"https://{host}/huesos/en/other/prostate--adt.html", uris);
        Assert.All(uris, u => Assert.True(u.All(c => c is > ' ' and < (char)127), $"not 7-bit ASCII: {u}"));

        Assert.Contains(annotations, a => a.Content == "Link to https://example.org/cáncer");
        Assert.Contains("/Alt " + PdfSyntax.Text("https://example.org/cáncer"), raw);
        Assert.Contains("/Alt " + PdfSyntax.Text("https://clínica.example.org/huesos/en/other/prostate--adt.html"), raw);
    }
}
