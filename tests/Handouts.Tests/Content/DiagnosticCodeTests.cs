using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Content;

/// <summary>One test per diagnostic code, each asserting the code and the place a clinic's editor would jump to.
/// Line numbers refer to <see cref="TestSite.Handout"/>: front matter lines 2–19, extra keys on 20, body from 22.</summary>
public sealed class DiagnosticCodeTests
{
    private static BuildResult Build(string files)
    {
        using var site = TestSite.Create(files);
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        Assert.False(Directory.Exists(site.Out), "a failed build must write nothing");
        return result;
    }

    [Fact]
    public void HND001_malformed_yaml_at_its_line()
    {
        var result = Build("-- content/handouts/bones.en.md --\n---\ntitle: Bones\nsummary: [unclosed\nmain_message: x\n---\nBody\n");
        var d = DiagnosticAssert.Has(result, "HND001", "bones.en.md", 3, 10);
        Assert.Contains("malformed YAML", d.Message);
    }

    [Fact]
    public void HND002_misspelled_key_with_a_suggestion()
    {
        var result = Build("-- content/handouts/bones.en.md --\n" + TestSite.Handout("reviwer: Someone"));
        var d = DiagnosticAssert.Has(result, "HND002", "bones.en.md", 20, 1);
        Assert.Contains("did you mean 'reviewer'", d.Message);
    }

    [Fact]
    public void HND003_missing_required_field()
    {
        var text = TestSite.Handout().Replace("reviewer: Oncology nurse educator\n", "", StringComparison.Ordinal);
        var d = DiagnosticAssert.Has(Build("-- content/handouts/bones.en.md --\n" + text), "HND003", "bones.en.md", 2);
        Assert.Contains("'reviewer'", d.Message);
    }

    [Fact]
    public void HND004_bad_date()
    {
        var text = TestSite.Handout().Replace("reviewed: 2026-10-01", "reviewed: 2026-13-45", StringComparison.Ordinal);
        var d = DiagnosticAssert.Has(Build("-- content/handouts/bones.en.md --\n" + text), "HND004", "bones.en.md", 8, 11);
        Assert.Contains("YYYY-MM-DD", d.Message);
    }

    [Fact]
    public void HND005_unknown_taxonomy_id_with_a_suggestion()
    {
        var result = Build("-- content/handouts/bones.en.md --\n" + TestSite.Handout(cancers: "[breast, prostrate]"));
        var d = DiagnosticAssert.Has(result, "HND005", "bones.en.md", 5, 24);
        Assert.Contains("did you mean 'prostate'", d.Message);
    }

    [Fact]
    public void HND006_duplicate_slug()
    {
        var result = Build("-- content/handouts/bones.en.md --\n" + TestSite.Handout() + "\n-- content/handouts/bones.md --\n" + TestSite.Handout());
        Assert.Contains(result.Diagnostics, d => d.Code == "HND006" && d.Message.Contains("also defined in", StringComparison.Ordinal));
    }

    [Fact]
    public void HND007_translation_without_original()
    {
        var result = Build("-- content/handouts/bones.es.md --\n" + TestSite.Handout(TestSite.Translation));
        var d = DiagnosticAssert.Has(result, "HND007", "bones.es.md", 1);
        Assert.Contains("bones.en.md", d.Message);
    }

    [Fact]
    public void HND008_missing_image_at_its_line()
    {
        var body = "## Look\n\nSome text.\n\n![A hip bone](../images/hip.png)\n";
        var result = Build("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: body));
        DiagnosticAssert.Has(result, "HND008", "bones.en.md", 26, 1);
    }

    [Fact]
    public void HND009_broken_internal_link_and_anchor()
    {
        var body = "## Look\n\nRead [about steroids](steroids.md).\n\nSee [the top](#nowhere).\n";
        var result = Build("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: body));
        DiagnosticAssert.Has(result, "HND009", "bones.en.md", 24, 6);
        DiagnosticAssert.Has(result, "HND009", "bones.en.md", 26, 5);
    }

    [Fact]
    public void HND010_condition_id_not_in_taxonomy()
    {
        var body = "## Look\n\n::: for cancer=breast treatment=tamoxifen\n\nText.\n\n:::\n";
        var d = DiagnosticAssert.Has(Build("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: body)), "HND010", "bones.en.md", 24, 23);
        Assert.Contains("tamoxifen", d.Message);
    }

    [Fact]
    public void HND011_condition_id_not_declared_by_the_handout()
    {
        var body = "## Look\n\n::: for treatment=steroids\n\nText.\n\n:::\n";
        var d = DiagnosticAssert.Has(Build("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: body)), "HND011", "bones.en.md", 24, 9);
        Assert.Contains("steroids", d.Message);
    }

    [Fact]
    public void HND012_template_typo_fails_at_template_line_and_column()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        var path = Path.Combine(site.Templates, "pages", "term.html");
        File.WriteAllText(path, "<h1>{{ term.name }}</h1>\n<p>{{ term.descripton }}</p>\n");
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        var d = DiagnosticAssert.Has(result, "HND012", "term.html", 2, 12);
        Assert.Contains("descripton", d.Message);
    }

    [Fact]
    public void HND012_template_syntax_error()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        File.WriteAllText(Path.Combine(site.Templates, "pages", "404.html"), "<h1>\n{{ if page.title }}\n</h1>\n");
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == "HND012" && d.Span.Path.EndsWith("404.html", StringComparison.Ordinal));
    }

    [Fact]
    public void HND013_missing_ui_strings_warn_and_fall_back()
    {
        // The built-in theme speaks English and Spanish; a clinic adding French gives what it has, and the rest of
        // the interface shows in the default language, with a warning naming what is missing.
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout() + "\n-- templates/strings.yml --\nfr:\n  key_points: Points clés\n");
        site.Write("content/site.yml", TestSite.SiteYml.Replace("languages: [en, es]", "languages: [en, es, fr]", StringComparison.Ordinal));
        var result = site.Build();
        Assert.Equal(BuildOutcome.Succeeded, result.Outcome);
        var d = Assert.Single(result.Diagnostics, d => d.Code == "HND013" && d.Message.StartsWith("'fr' is missing", StringComparison.Ordinal) && d.Message.Contains("interface string(s), shown", StringComparison.Ordinal));
        DiagnosticAssert.Has(result, "HND013", "strings.yml", 1);
        Assert.Contains("date_format", d.Message);
        Assert.DoesNotContain("key_points", d.Message);
        Assert.Equal(BuildOutcome.ContentErrors, site.Build(strict: true).Outcome);
    }

    [Fact]
    public void HND014_raw_html_is_escaped_with_a_warning()
    {
        var body = "## Look\n\nText <b onclick=\"x()\">bold</b>.\n\n<script>alert(1)</script>\n";
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: body));
        var result = site.Build();
        Assert.Equal(BuildOutcome.Succeeded, result.Outcome);
        DiagnosticAssert.Has(result, "HND014", "bones.en.md", 24, 6);
        DiagnosticAssert.Has(result, "HND014", "bones.en.md", 26, 1);
        var page = site.Page("en/bones/index.html");
        Assert.Equal(["<script src=\"../../assets/print.js\" defer>", "<script src=\"../../assets/search.js\" defer>"], ScriptTags.In(page));
        Assert.Contains("&lt;script>alert(1)&lt;/script>", page);
        Assert.Contains("&lt;b onclick=", page);
    }

    [Fact]
    public void Raw_html_passes_through_when_the_site_allows_it()
    {
        var body = "## Look\n\nText <b>bold</b>.\n";
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: body));
        site.Write("content/site.yml", TestSite.SiteYml + "\nallow_raw_html: true\n");
        var result = site.Build(strict: true);
        Assert.Equal(BuildOutcome.Succeeded, result.Outcome);
        Assert.Contains("Text <b>bold</b>.", site.Page("en/bones/index.html"));
    }

    [Fact]
    public void HND015_condition_syntax_and_unclosed_block()
    {
        var body = "## Look\n\n::: for cancer~breast\n\nText.\n\n:::\n\n::: for cancer=breast\n\nNever closed.\n";
        var result = Build("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: body));
        DiagnosticAssert.Has(result, "HND015", "bones.en.md", 24, 9);
        var unclosed = DiagnosticAssert.Has(result, "HND015", "bones.en.md", 30, 1);
        Assert.Contains("never closed", unclosed.Message);
    }

    [Fact]
    public void HND015_stray_closing_fence()
    {
        var result = Build("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Look\n\nText.\n\n:::\n"));
        DiagnosticAssert.Has(result, "HND015", "bones.en.md", 26, 1);
    }

    [Fact]
    public void HND016_taxonomy_name_missing_in_a_language_warns()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        site.Write("content/taxonomy.yml", TestSite.TaxonomyYml.Replace("{ en: Lymphoma, es: Linfoma }", "{ en: Lymphoma }", StringComparison.Ordinal));
        var result = site.Build();
        Assert.Equal(BuildOutcome.Succeeded, result.Outcome);
        DiagnosticAssert.Has(result, "HND016", "taxonomy.yml", 8, 9);
    }

    [Fact]
    public void HND017_variant_outside_the_taxonomy()
    {
        var extra = "variants:\n  - cancer: breast\n    treatment: adt";
        var result = Build("-- content/handouts/bones.en.md --\n" + TestSite.Handout(extra));
        DiagnosticAssert.Has(result, "HND017", "bones.en.md", 22, 16);
    }

    [Fact]
    public void HND018_translation_tailored_differently()
    {
        var result = Build(
            "-- content/handouts/bones.en.md --\n" + TestSite.Handout()
            + "\n-- content/handouts/bones.es.md --\n" + TestSite.Handout(TestSite.Translation, cancers: "[breast]", treatments: "[aromatase-inhibitor]"));
        DiagnosticAssert.Has(result, "HND018", "bones.es.md", 5);
    }

    [Fact]
    public void HND019_missing_site_file()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        File.Delete(Path.Combine(site.Content, "taxonomy.yml"));
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Code == "HND019" && d.Span.Path.EndsWith("taxonomy.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void HND021_bad_file_name()
    {
        var result = Build("-- content/handouts/Bones Care.en.md --\n" + TestSite.Handout());
        Assert.Contains(result.Diagnostics, d => d.Code == "HND021");
    }

    [Fact]
    public void HND023_block_no_variant_shows_warns()
    {
        var body = "## Look\n\n::: for cancer=breast treatment=adt\n\nNobody sees this.\n\n:::\n";
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: body));
        var result = site.Build();
        DiagnosticAssert.Has(result, "HND023", "bones.en.md", 24, 1);
    }

    [Fact]
    public void A_run_lists_every_error_not_just_the_first()
    {
        var result = Build(
            "-- content/handouts/a.en.md --\n" + TestSite.Handout(cancers: "[brest]")
            + "\n-- content/handouts/b.en.md --\n" + TestSite.Handout(body: "## X\n\n[gone](nowhere.md)\n")
            + "\n-- content/handouts/c.es.md --\n" + TestSite.Handout(TestSite.Translation));
        Assert.Contains(result.Diagnostics, d => d.Code == "HND005");
        Assert.Contains(result.Diagnostics, d => d.Code == "HND009");
        Assert.Contains(result.Diagnostics, d => d.Code == "HND007");
    }

    [Fact]
    public void Diagnostics_print_as_path_line_col_code_message()
    {
        var result = Build("-- content/handouts/bones.en.md --\n" + TestSite.Handout(cancers: "[breast, prostrate]"));
        var line = result.Diagnostics.First(d => d.Code == "HND005").ToString();
        Assert.Matches(@"bones\.en\.md\(5,24\): error HND005: unknown cancer type 'prostrate'", line);
    }
}
