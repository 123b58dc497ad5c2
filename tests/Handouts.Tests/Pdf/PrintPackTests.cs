using System.Text;
using System.Text.RegularExpressions;
using Handouts.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Handouts.Tests.Pdf;

/// <summary>The waiting-room packs: one PDF per reader (cancer type, treatment, language) with a cover and contents,
/// then each of that reader's handouts in the version written for them, page numbers running through, one bookmark
/// per handout, read back with PdfPig.</summary>
public sealed class PrintPackTests(PrintPackTests.Site fixture) : IClassFixture<PrintPackTests.Site>
{
    /// <summary>Three handouts: one tailored to cancer and treatment, one to the cancer type alone, one for steroids;
    /// the first also in Spanish. Built once for the class.</summary>
    public sealed class Site : IDisposable
    {
        private const string Bones = """
            ## Why bones thin

            Everyone reads this line about bones.

            ::: for treatment=adt

            Hormone shots lower testosterone.

            :::

            ::: for cancer=breast

            Aromatase pills lower estrogen.

            :::
            """;

        private const string Food = """
            ## Food for bones

            Calcium keeps bones strong.

            ::: for cancer=breast

            Soy foods are fine after breast cancer.

            :::

            ::: for cancer=lymphoma

            Eat well between lymphoma treatments.

            :::
            """;

        public Site()
        {
            Test = TestSite.Create(
                "-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: Bones) +
                "\n-- content/handouts/food.en.md --\n" + TestSite.Handout(body: Food, title: "Food and your bones", cancers: "[breast, prostate, lymphoma]", treatments: "[]").Replace("reviewed: 2026-10-01", "reviewed: 2026-11-02", StringComparison.Ordinal) +
                "\n-- content/handouts/steroids.en.md --\n" + TestSite.Handout(title: "Steroids and your bones", cancers: "[lymphoma, prostate]", treatments: "[steroids]") +
                "\n-- content/handouts/bones.es.md --\n" + TestSite.Handout(TestSite.Translation, body: Bones.Replace("Everyone reads this line about bones.", "Todos leen esta línea sobre los huesos.", StringComparison.Ordinal), title: "Sus huesos"));
            Test.BuildOk(strict: false);
        }

        internal TestSite Test { get; }

        public void Dispose() => Test.Dispose();
    }

    private TestSite S => fixture.Test;

    private static string Words(PdfDocument pdf, int page) => string.Join(" ", pdf.GetPage(page).GetWords().Select(w => w.Text));

    [Fact]
    public void A_pack_exists_for_each_reader_in_each_language_in_standard_and_large_print()
    {
        var readers = new[]
        {
            "en/packs/breast--aromatase-inhibitor", "en/packs/breast", "en/packs/prostate--adt", "en/packs/prostate--steroids", "en/packs/prostate",
            "en/packs/lymphoma--steroids", "en/packs/lymphoma", "es/packs/breast--aromatase-inhibitor", "es/packs/prostate--adt",
        };
        var expected = readers.SelectMany(r => new[] { $"print/{r}.pdf", $"print/{r}.large-print.pdf" }).Order(StringComparer.Ordinal);
        var made = Directory.GetFiles(Path.Combine(S.Out, "print"), "*.pdf", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(S.Out, f).Replace('\\', '/')).Where(f => f.Contains("/packs/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, made);
    }

    [Fact]
    public void The_cover_says_whom_the_pack_is_for_its_date_and_lists_each_handout_at_the_page_it_starts_on()
    {
        using var pdf = S.OpenPdf("print/en/packs/prostate--adt.pdf");
        var cover = Words(pdf, 1);
        Assert.Contains("Test Clinic", cover);
        Assert.Contains("Your handouts", cover);
        Assert.Contains("For: Prostate cancer · Hormone therapy (ADT)", cover);

        // The newest review date of the pack's handouts (food: November 2), never the day it was built.
        Assert.Contains("Updated November 2, 2026", cover);
        Assert.Contains("Contents", cover);

        var titles = new[] { "Bones and you", "Food and your bones" };
        var starts = titles.Select(t => int.Parse(Regex.Match(cover, Regex.Escape(t) + @" (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, starts[0]);
        Assert.True(starts[1] > starts[0]);
        for (var i = 0; i < titles.Length; i++)
        {
            // The page a contents entry names opens that handout (its title, then whom the version is for); the page
            // before it does not.
            Assert.Contains(titles[i] + " This version is for", Words(pdf, starts[i]));
            Assert.DoesNotContain(titles[i] + " This version is for", Words(pdf, starts[i] - 1));
        }

        // Each entry is a link to its page.
        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(S.Out, "print/en/packs/prostate--adt.pdf")));
        Assert.Equal(2, Regex.Count(raw, @"/Subtype /Link /Rect \[[^\]]*\] /Border \[0 0 0\] /F 4 /Dest \[\d+ 0 R /Fit\]"));
    }

    [Fact]
    public void Page_numbers_run_through_the_whole_pack()
    {
        using var pdf = S.OpenPdf("print/en/packs/lymphoma--steroids.large-print.pdf");
        var count = pdf.NumberOfPages;
        Assert.True(count > 4, $"{count} pages");
        for (var p = 1; p <= count; p++) Assert.Contains($"Page {p} of {count}", Words(pdf, p));
    }

    [Fact]
    public void One_bookmark_per_handout_leads_to_its_first_page_with_its_headings_inside()
    {
        using var pdf = S.OpenPdf("print/en/packs/lymphoma--steroids.pdf");
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks!.Roots;
        Assert.Equal(["Food and your bones", "Steroids and your bones"], roots.Select(r => r.Title));
        var cover = Words(pdf, 1);
        foreach (var root in roots.Cast<DocumentBookmarkNode>())
        {
            Assert.Contains($"{root.Title} {root.PageNumber}", cover);
            Assert.Contains(root.Title + " This version is for", Words(pdf, root.PageNumber));
            Assert.Contains(root.Children, c => c.Title == "When to call us");
        }
    }

    [Fact]
    public void Each_handout_is_the_version_of_the_packs_reader_and_no_other()
    {
        var adt = S.PdfWords("print/en/packs/prostate--adt.pdf");
        Assert.Contains("Hormone shots lower testosterone.", adt);
        Assert.Contains("Calcium keeps bones strong.", adt);
        Assert.DoesNotContain("Aromatase pills", adt);
        Assert.DoesNotContain("Soy foods", adt);
        Assert.DoesNotContain("Steroids and your bones", adt);

        // A treatment the food handout does not name: its version for the cancer type alone.
        var breast = S.PdfWords("print/en/packs/breast--aromatase-inhibitor.pdf");
        Assert.Contains("Aromatase pills lower estrogen.", breast);
        Assert.Contains("Soy foods are fine after breast cancer.", breast);
        Assert.Contains("This version is for Breast cancer.", breast);
        Assert.DoesNotContain("Hormone shots", breast);
        Assert.DoesNotContain("lymphoma treatments", breast);

        // The reader with no treatment gets only what is written for everyone with the cancer type.
        var lymphoma = S.PdfWords("print/en/packs/lymphoma.pdf");
        Assert.Contains("Eat well between lymphoma treatments.", lymphoma);
        Assert.DoesNotContain("Steroids and your bones", lymphoma);
    }

    [Fact]
    public void A_handout_in_a_pack_reads_as_its_own_pdf_numbered_in_the_pack()
    {
        using var own = S.OpenPdf("en/bones/prostate--adt.pdf");
        using var pack = S.OpenPdf("print/en/packs/prostate--adt.pdf");
        for (var p = 1; p <= own.NumberOfPages; p++)
        {
            var alone = Words(own, p).Replace($"Page {p} of {own.NumberOfPages}", "", StringComparison.Ordinal);
            var inPack = Words(pack, p + 1).Replace($"Page {p + 1} of {pack.NumberOfPages}", "", StringComparison.Ordinal);
            Assert.Equal(alone, inPack);
        }
    }

    [Fact]
    public void A_spanish_pack_is_in_spanish()
    {
        var text = S.PdfWords("print/es/packs/breast--aromatase-inhibitor.pdf");
        Assert.Contains("Sus folletos", text);
        Assert.Contains("Para: Cáncer de mama · Inhibidor de la aromatasa", text);
        Assert.Contains("Contenido", text);
        Assert.Contains("Actualizado el 1 de octubre de 2026", text);
        Assert.Contains("Página 1 de", text);
        Assert.Contains("Sus huesos", text);
        Assert.Contains("Todos leen esta línea sobre los huesos.", text);
        Assert.DoesNotContain("Your handouts", text);
        Assert.DoesNotContain("Bones and you", text);
        using var pdf = S.OpenPdf("print/es/packs/breast--aromatase-inhibitor.pdf");
        Assert.Equal("Sus folletos: Cáncer de mama · Inhibidor de la aromatasa", pdf.Information.Title);
        Assert.Contains("/Lang (es)", Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(S.Out, "print/es/packs/breast--aromatase-inhibitor.pdf"))));
    }

    [Fact]
    public void A_large_print_pack_holds_the_same_handouts_in_large_print()
    {
        using var standard = S.OpenPdf("print/en/packs/prostate--adt.pdf");
        using var large = S.OpenPdf("print/en/packs/prostate--adt.large-print.pdf");
        Assert.True(large.NumberOfPages >= standard.NumberOfPages, $"{large.NumberOfPages} large-print pages, {standard.NumberOfPages} standard");
        Assert.Contains("For: Prostate cancer · Hormone therapy (ADT)", Words(large, 1));
        double SizeOf(PdfDocument pdf, string word) => pdf.GetPages().SelectMany(p => p.GetWords()).First(w => w.Text == word).Letters[0].PointSize;
        Assert.Equal(13, SizeOf(standard, "shots"), 1);
        Assert.Equal(18, SizeOf(large, "shots"), 1);
        Assert.Equal(30, large.GetPage(2).GetWords().First(w => w.Text == "Bones").Letters[0].PointSize, 1);
        Assert.Contains("Hormone shots lower testosterone.", S.PdfWords("print/en/packs/prostate--adt.large-print.pdf"));
    }

    [Fact]
    public void A_pack_is_tagged_with_a_contents_list_and_each_handout_as_a_part()
    {
        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(S.Out, "print/en/packs/prostate--adt.pdf")));
        Assert.Contains("/StructTreeRoot", raw);
        Assert.Contains("/MarkInfo <</Marked true>>", raw);
        Assert.Equal(2, Regex.Count(raw, @"/S /Part\b"));
        Assert.Single(Regex.Matches(raw, @"/S /TOC\b"));
        Assert.Equal(2, Regex.Count(raw, @"/S /TOCI\b"));
        Assert.Single(Regex.Matches(raw, @"/S /Document\b"));
    }

    [Fact]
    public void A_build_without_pdfs_makes_no_packs_posters_or_staff_page()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        Assert.Equal(Handouts.Build.BuildOutcome.Succeeded, site.Build(pdf: false).Outcome);
        Assert.False(Directory.Exists(Path.Combine(site.Out, "print")));
    }
}
