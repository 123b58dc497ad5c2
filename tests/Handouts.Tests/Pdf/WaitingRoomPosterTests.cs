using System.Text;
using System.Text.RegularExpressions;
using Handouts.Tests.Support;

namespace Handouts.Tests.Pdf;

/// <summary>The waiting-room poster: one large-print page per language with a QR code and a label for each cancer
/// type that has a page in that language, each code leading to that page (decoded as a phone would, with zbar).</summary>
public sealed class WaitingRoomPosterTests(PrintPackTests.Site fixture) : IClassFixture<PrintPackTests.Site>
{
    private TestSite S => fixture.Test;

    [Fact]
    public void A_poster_per_language_has_a_qr_code_and_a_label_for_each_cancer_type_that_lead_to_its_page()
    {
        var languages = new Dictionary<string, (string Scan, string[] Ids, string[] Labels)>
        {
            ["en"] = ("Scan to read about your cancer", ["breast", "prostate", "lymphoma"], ["Breast cancer", "Prostate cancer", "Lymphoma"]),
            ["es"] = ("Escanee para leer sobre su cáncer", ["breast", "prostate"], ["Cáncer de mama", "Cáncer de próstata"]),
        };
        Assert.Equal(["en", "es"], Directory.GetDirectories(Path.Combine(S.Out, "print")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (lang, (scan, ids, labels)) in languages)
        {
            var poster = $"print/{lang}/poster.pdf";
            using (var pdf = S.OpenPdf(poster)) Assert.Equal(1, pdf.NumberOfPages);
            var text = S.PdfWords(poster);
            Assert.Contains("Test Clinic", text);
            Assert.Contains(scan, text);
            Assert.Contains($" https://clinic.example.org/bones/{lang}/", text);
            foreach (var label in labels) Assert.Contains(label, text);
            Assert.DoesNotContain(lang == "en" ? "Cáncer" : "Lymphoma", text);

            var expected = ids.Select(id => $"https://clinic.example.org/bones/{lang}/cancer/{id}.html").Order(StringComparer.Ordinal);
            var decoded = QrDecoder.Decode(Path.Combine(S.Out, poster));
            Assert.Equal(expected, decoded.Order(StringComparer.Ordinal));
            foreach (var id in ids) Assert.True(S.Exists($"{lang}/cancer/{id}.html"), $"{lang}/cancer/{id}.html is not in the site");

            // Each code is a figure whose alt text is its address, for those who cannot see it.
            var raw = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(S.Out, poster)));
            Assert.Equal(ids.Length, Regex.Count(raw, @"/S /Figure /P \d+ 0 R /Pg \d+ 0 R /Alt \(https://clinic\.example\.org/bones/" + lang + @"/cancer/[a-z-]+\.html\)"));
        }
    }

    [Fact]
    public void Fifteen_cancer_types_still_fit_one_page_and_every_code_decodes()
    {
        var cancers = Enumerable.Range(1, 15).Select(i => $"type-{i:00}").ToList();
        var taxonomy = "cancer_types:\n" + string.Concat(cancers.Select((id, i) =>
            $"  - id: {id}\n    name: {{ en: Cancer that starts in place {i + 1}, es: Cáncer que empieza en el sitio {i + 1} }}\n    description: {{ en: A cancer., es: Un cáncer. }}\n"))
            + "treatments:\n  - id: surgery\n    name: { en: Surgery, es: Cirugía }\n    description: { en: An operation., es: Una operación. }\n    applies_to: [type-01]\n";
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(cancers: $"[{string.Join(", ", cancers)}]", treatments: "[]"));
        site.Write("content/taxonomy.yml", taxonomy);
        site.BuildOk(strict: false);
        var poster = Path.Combine(site.Out, "print/en/poster.pdf");
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(poster)))
        {
            Assert.Equal(1, pdf.NumberOfPages);
            var letters = pdf.GetPage(1).Letters;
            Assert.True(letters.Min(l => l.PointSize) >= 16 - 0.01, "large print: no text under 16 pt");
        }

        Assert.Equal(cancers.Select(id => $"https://clinic.example.org/bones/en/cancer/{id}.html").Order(StringComparer.Ordinal), QrDecoder.Decode(poster).Order(StringComparer.Ordinal));
        Assert.False(site.Exists("print/es/poster.pdf"), "no Spanish handouts, so no Spanish cancer pages to lead to");
    }
}
