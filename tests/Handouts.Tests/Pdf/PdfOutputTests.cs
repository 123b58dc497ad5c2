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
            + "\n-- content/handouts/bones.es.md --\n" + TestSite.Handout("translated_from: \"1.0\"", "## Por qué\n\nLos huesos débiles se rompen con más facilidad.\n", title: "Sus huesos"));
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

public sealed class PdfDiagnosticTests
{
    [Fact]
    public void HND050_a_corrupt_font_is_an_error_at_start_up()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        File.WriteAllText(Path.Combine(site.Templates, "fonts", "NotoSans-Bold.ttf"), "not a font");
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        var d = Assert.Single(result.Diagnostics, d => d.Code == "HND050");
        Assert.Contains("NotoSans-Bold.ttf", d.Message);
        Assert.False(Directory.Exists(site.Out));
        Assert.Equal(BuildOutcome.Succeeded, site.Build(strict: true, pdf: false).Outcome);
    }

    [Fact]
    public void HND051_a_character_in_no_font_is_a_warning_at_its_line()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Why\n\nWalk with a smile 😀 every day.\n"));
        var result = site.Build();
        Assert.Equal(BuildOutcome.Succeeded, result.Outcome);
        var d = DiagnosticAssert.Has(result, "HND051", "bones.en.md", 24, 1);
        Assert.Contains("U+1F600", d.Message);
    }
}

public sealed class PdfImageTests
{
    private static TestSite SiteWithImage(string file, byte[] bytes)
    {
        var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: $"## Look\n\nThe hip bones are here.\n\n![A drawing of the hip bones](../images/{file})\n"));
        Directory.CreateDirectory(Path.Combine(site.Content, "images"));
        File.WriteAllBytes(Path.Combine(site.Content, "images", file), bytes);
        return site;
    }

    [Fact]
    public void A_png_with_alpha_prints_as_a_figure_with_its_alt_text()
    {
        using var site = SiteWithImage("hip.png", File.ReadAllBytes(Path.Combine(TestSite.RepoRoot, "content", "images", "logo.png")));
        var result = site.Build(strict: true);
        Assert.True(result.Outcome == BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));
        var bytes = File.ReadAllBytes(Path.Combine(site.Out, "en/bones/prostate--adt.pdf"));
        using var pdf = PdfDocument.Open(bytes);
        var image = Assert.Single(pdf.GetPage(1).GetImages(), i => i.WidthInSamples == 96 && i.BoundingBox.Width > 50);
        Assert.Equal(96, image.HeightInSamples);
        var raw = Encoding.Latin1.GetString(bytes);
        Assert.Contains("/S /Figure", raw);
        Assert.Contains("/Alt (A drawing of the hip bones)", raw);
        Assert.Contains("/SMask", raw);
        Assert.Contains("/BBox [", raw);
    }

    [Theory]
    [InlineData("hip.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", "SVG")]
    [InlineData("hip.webp", "RIFF....WEBPVP8 ", "WebP")]
    public void HND052_an_image_the_pdf_cannot_print_is_an_error_at_its_line(string file, string content, string kind)
    {
        using var site = SiteWithImage(file, Encoding.ASCII.GetBytes(content));
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        var d = DiagnosticAssert.Has(result, "HND052", "bones.en.md", 26, 1);
        Assert.Contains(kind, d.Message);
        Assert.Equal(BuildOutcome.Succeeded, site.Build(pdf: false).Outcome);
    }

    [Fact]
    public void Every_page_has_the_clinic_logo_and_a_qr_code_as_artifacts()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        site.Write("content/site.yml", TestSite.SiteYml.Replace("  after_hours_phone: \"555-0199\"", "  after_hours_phone: \"555-0199\"\n  logo: images/logo.png", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(site.Content, "images"));
        File.Copy(Path.Combine(TestSite.RepoRoot, "content", "images", "logo.png"), Path.Combine(site.Content, "images", "logo.png"));
        Assert.Equal(BuildOutcome.Succeeded, site.Build(strict: true).Outcome);
        using var pdf = PdfDocument.Open(File.ReadAllBytes(Path.Combine(site.Out, "en/bones/prostate--adt.pdf")));
        foreach (var page in pdf.GetPages())
        {
            Assert.Single(page.GetImages());
            Assert.True(page.Paths.Any(p => p.IsFilled), "the QR code is drawn as filled squares");
        }
    }
}

public sealed class PdfTableAndAlertTests
{
    private static string Table(int rows, string cell = "Milk") =>
        "| Food | Calcium in one serving |\n|---|---|\n" + string.Concat(Enumerable.Range(1, rows).Select(i => $"| {cell} {i} | {i * 10} mg |\n"));

    [Fact]
    public void A_long_table_repeats_its_header_row_on_every_page_and_is_tagged()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Foods\n\n" + Table(90)));
        var result = site.Build(strict: true);
        Assert.True(result.Outcome == BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));
        var bytes = File.ReadAllBytes(Path.Combine(site.Out, "en/bones/prostate--adt.pdf"));
        using var pdf = PdfDocument.Open(bytes);
        var pagesWithRows = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).Where(t => t.Contains(" mg", StringComparison.Ordinal)).ToList();
        Assert.True(pagesWithRows.Count >= 2, "90 rows need more than one page");
        Assert.All(pagesWithRows, t => Assert.Contains("Food Calcium in one serving", t));
        var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Milk 90 900 mg", words);
        var raw = Encoding.Latin1.GetString(bytes);
        foreach (var tag in new[] { "/S /Table", "/S /TR", "/S /TH", "/S /TD" }) Assert.Contains(tag, raw);
    }

    [Fact]
    public void HND053_a_row_taller_than_a_page_is_an_error_naming_its_line()
    {
        var huge = string.Join(' ', Enumerable.Repeat("calcium", 2500));
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Foods\n\n| Food | Notes |\n|---|---|\n| Milk | " + huge + " |\n"));
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        DiagnosticAssert.Has(result, "HND053", "bones.en.md", 26, 1);
    }

    [Fact]
    public void An_alert_prints_as_a_titled_panel()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Care\n\n> [!WARNING]\n> Do not stop your medicine on your own.\n"));
        Assert.Equal(BuildOutcome.Succeeded, site.Build(strict: true).Outcome);
        using var pdf = PdfDocument.Open(File.ReadAllBytes(Path.Combine(site.Out, "en/bones/prostate--adt.pdf")));
        var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Warning Do not stop your medicine on your own.", words);
    }
}

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

public sealed class PdfFontSettingTests
{
    [Fact]
    public void Fonts_are_configurable_in_site_yml()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        site.Write("content/site.yml", TestSite.SiteYml + "\nfonts:\n  - regular: fonts/NotoSans-Regular.ttf\n    bold: fonts/NotoSans-Bold.ttf\n");
        site.BuildOk();
        using var pdf = site.OpenPdf("en/bones/prostate--adt.pdf");
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().ToList();
        Assert.All(fonts, f => Assert.Contains("+NotoSans-", f));

        site.Write("content/site.yml", TestSite.SiteYml + "\nfonts:\n  - regular: fonts/Missing-Regular.ttf\n");
        var missing = site.Build();
        Assert.Contains("Missing-Regular.ttf", Assert.Single(missing.Diagnostics, d => d.Code == "HND050").Message);
    }
}

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
