using Handouts.Tests.Support;

namespace Handouts.Tests.Pdf;

/// <summary>Like the web footer, every PDF says that it does not replace the care team's advice, in the handout's
/// language (the same <c>disclaimer</c> string), and gives the clinic's name and address from site.yml: at the end
/// of the handout, where a reader finishing it sees them.</summary>
public sealed class PdfDisclaimerTests
{
    [Fact]
    public void Every_pdf_ends_with_the_disclaimer_in_its_language_and_the_clinics_address()
    {
        using var site = TestSite.Create(
            "-- content/handouts/bones.en.md --\n" + TestSite.Handout() +
            "\n-- content/handouts/bones.es.md --\n" + TestSite.Handout(TestSite.Translation, body: "## Sección\n\nTexto para todos.\n", title: "Sus huesos"));
        site.BuildOk(strict: false);
        var disclaimers = new Dictionary<string, string>
        {
            ["en"] = "This information does not replace advice from your care team.",
            ["es"] = "Esta información no reemplaza los consejos de su equipo médico.",
        };

        // A waiting-room pack ends with its last handout, so with the disclaimer too (posters are not handouts).
        var files = Directory.GetFiles(site.Out, "*.pdf", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "poster.pdf").ToList();
        Assert.Equal(8, files.Count(f => !Path.GetRelativePath(site.Out, f).StartsWith("print/", StringComparison.Ordinal)));
        Assert.Equal(8, files.Count(f => Path.GetRelativePath(site.Out, f).StartsWith("print/", StringComparison.Ordinal)));
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(site.Out, file);
            var lang = relative.StartsWith("print/", StringComparison.Ordinal) ? relative[6..8] : relative[..2];
            using var pdf = site.OpenPdf(relative);
            var last = string.Join(" ", pdf.GetPage(pdf.NumberOfPages).GetWords().Select(w => w.Text));
            Assert.Contains($"{disclaimers[lang]} Test Clinic, 1 Test Road", last);
            Assert.DoesNotContain(disclaimers[lang == "en" ? "es" : "en"], last);
        }
    }
}
