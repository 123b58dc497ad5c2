using System.Text;
using Handouts.Build;
using Handouts.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;

namespace Handouts.Tests.Pdf;

/// <summary>PDFs read back with PdfPig: text in reading order, pages, size, links, bookmarks, metadata, embedded
/// subset fonts, the structure tree, and exactly the tailored blocks of each variant.</summary>
public sealed class PdfOutputTests
{
    private const string Body = """
        ## Why bones thin

        Everyone reads this line about bones.

        ::: for treatment=adt

        Hormone shots lower testosterone.

        :::

        ::: for cancer=breast

        Aromatase pills lower estrogen.

        :::

        ## What you can do

        1. Walk every day.
        2. Read [the guide](https://www.cancer.org/osteoporosis) today.

        - [ ] Ask about a bone test.
        """;

    private static TestSite Site(string paper = "letter")
    {
        var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: Body));
        site.Write("content/site.yml", TestSite.SiteYml.Replace("paper: letter", "paper: " + paper, StringComparison.Ordinal));
        var result = site.Build(strict: true);
        Assert.True(result.Outcome == BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }

    private static string Text(PdfDocument pdf) => string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

    [Fact]
    public void Each_variant_gets_a_standard_and_a_large_print_pdf_with_exactly_its_blocks()
    {
        using var site = Site();
        using (var adt = PdfDocument.Open(File.ReadAllBytes(Path.Combine(site.Out, "en/bones/prostate--adt.pdf"))))
        {
            var text = Text(adt);
            Assert.Contains("Everyone reads this line about bones.", text);
            Assert.Contains("Hormone shots lower testosterone.", text);
            Assert.DoesNotContain("Aromatase pills", text);
        }

        using (var breast = PdfDocument.Open(File.ReadAllBytes(Path.Combine(site.Out, "en/bones/breast--aromatase-inhibitor.large-print.pdf"))))
        {
            var text = Text(breast);
            Assert.Contains("Aromatase pills lower estrogen.", text);
            Assert.DoesNotContain("Hormone shots", text);
        }

        Assert.False(site.Exists("en/bones/index.pdf"), "the general page has no PDF: a printed handout is for one reader");
        var page = site.Page("en/bones/prostate--adt.html");
        Assert.Contains("href=\"../../en/bones/prostate--adt.pdf\"", page);
        Assert.Contains("href=\"../../en/bones/prostate--adt.large-print.pdf\"", page);
    }

    [Fact]
    public void Text_comes_out_in_reading_order_with_the_page_parts_in_place()
    {
        using var site = Site();
        using var pdf = PdfDocument.Open(File.ReadAllBytes(Path.Combine(site.Out, "en/bones/prostate--adt.pdf")));
        var text = Text(pdf);
        int At(string s)
        {
            var i = text.IndexOf(s, StringComparison.Ordinal);
            Assert.True(i >= 0, $"missing '{s}' in: {text}");
            return i;
        }

        int[] order = [At("Bones and you"), At("This version is for Prostate cancer · Hormone therapy (ADT)."), At("The main message"), At("Keep your bones strong."), At("Key points"),
            At("Why bones thin"), At("What you can do"), At("1. Walk every day."), At("When to call us"), At("You fall."), At("555-0100"), At("555-0199"), At("About this handout"), At("Sources")];
        Assert.Equal(order.Order(), order);
        Assert.Contains($"Page 1 of {pdf.NumberOfPages}", text);
        Assert.Contains("Reviewed October 1, 2026 · Version 1.0", text);
        Assert.Contains("https://clinic.example.org/bones/en/bones/prostate--adt.html", text);
    }

    [Fact]
    public void Paper_size_links_bookmarks_metadata_and_fonts()
    {
        using var site = Site("a4");
        var bytes = File.ReadAllBytes(Path.Combine(site.Out, "en/bones/prostate--adt.pdf"));
        using var pdf = PdfDocument.Open(bytes);
        var first = pdf.GetPage(1);
        Assert.Equal(595.28, first.Width, 1);
        Assert.Equal(841.89, first.Height, 1);

        var links = pdf.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri).ToList();
        Assert.Contains("https://www.cancer.org/osteoporosis", links);

        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks!.GetNodes().Select(n => n.Title).ToList();
        Assert.Contains("Bones and you", titles);
        Assert.Contains("Why bones thin", titles);
        Assert.Contains("When to call us", titles);

        Assert.Equal("Bones and you (Prostate cancer · Hormone therapy (ADT))", pdf.Information.Title);
        Assert.Equal("A short summary.", pdf.Information.Subject);
        Assert.Equal("Prostate cancer, Hormone therapy (ADT)", pdf.Information.Keywords);
        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        var xml = Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray());
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xml);
        Assert.Contains("<rdf:li>en</rdf:li>", xml);

        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.All(fonts, f => Assert.Matches("^[A-Z]{6}\\+AtkinsonHyperlegible-", f!));
        Assert.Contains(fonts, f => f!.EndsWith("-Bold", StringComparison.Ordinal));
    }

    [Fact]
    public void The_pdf_is_tagged_with_a_structure_tree()
    {
        using var site = Site();
        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(site.Out, "en/bones/prostate--adt.pdf")));
        Assert.Contains("/MarkInfo <</Marked true>>", raw);
        Assert.Contains("/Lang (en)", raw);
        Assert.Contains("/DisplayDocTitle true", raw);
        foreach (var tag in new[] { "/S /Document", "/S /H1", "/S /H2", "/S /P", "/S /L", "/S /LI", "/S /Lbl", "/S /LBody", "/S /Link" })
            Assert.Contains(tag, raw);
        Assert.Contains("/Type /OBJR", raw);
        Assert.Contains("/Artifact BMC", ContentOf(raw));
        Assert.Contains("/StructParents 0 /Tabs /S", raw);
    }

    [Fact]
    public void Spanish_pdfs_use_spanish_words_and_language()
    {
        using var site = TestSite.Create(
            "-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Why\n\nText.\n")
            + "\n-- content/handouts/bones.es.md --\n" + TestSite.Handout(TestSite.Translation, "## Por qué\n\nLos huesos débiles se rompen con más facilidad.\n", title: "Sus huesos"));
        Assert.Equal(BuildOutcome.Succeeded, site.Build(strict: true).Outcome);
        var bytes = File.ReadAllBytes(Path.Combine(site.Out, "es/bones/breast--aromatase-inhibitor.pdf"));
        using var pdf = PdfDocument.Open(bytes);
        var text = Text(pdf);
        Assert.Contains("Los huesos débiles se rompen con más facilidad.", text);
        Assert.Contains("Cuándo llamarnos", text);
        Assert.Contains("Página 1 de", text);
        Assert.Contains("/Lang (es)", Encoding.Latin1.GetString(bytes));
    }

    /// <summary>Every Flate stream of the file, inflated: the page content streams among them.</summary>
    private static string ContentOf(string raw)
    {
        var sb = new StringBuilder();
        var at = 0;
        while ((at = raw.IndexOf("/FlateDecode>>\nstream\n", at, StringComparison.Ordinal)) >= 0)
        {
            var start = at + "/FlateDecode>>\nstream\n".Length;
            var end = raw.IndexOf("\nendstream", start, StringComparison.Ordinal);
            using var z = new System.IO.Compression.ZLibStream(new MemoryStream(Encoding.Latin1.GetBytes(raw[start..end])), System.IO.Compression.CompressionMode.Decompress);
            using var reader = new StreamReader(z, Encoding.Latin1);
            sb.Append(reader.ReadToEnd());
            at = end;
        }

        return sb.ToString();
    }
}
