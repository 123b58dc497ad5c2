using System.Text.Json;
using Handouts.Build;
using Handouts.Cli;
using Handouts.Tests.Support;

namespace Handouts.Tests.Checks;

/// <summary>One test per quality diagnostic (HND030–HND040), asserted at its line, plus the report outputs.</summary>
public sealed class QualityCheckTests
{
    private static BuildResult Check(string body, string extra = "", string? file = null, bool actions = true)
    {
        using var site = TestSite.Create($"-- content/handouts/{file ?? "bones.en.md"} --\n" + TestSite.Handout(extra, body, actions: actions));
        return site.Build(checkOnly: true);
    }

    private const string Steps = "\n\n## What you can do\n\n1. Walk every day.\n";

    [Fact]
    public void HND030_reading_grade_above_target_warns_and_above_maximum_fails()
    {
        // Long words and long sentences: far above grade 8.
        var hard = "## Why\n\nWalk with a friend. Osteoporotic fragility consequences necessitate comprehensive pharmacological intervention considerations.\n\n"
            + "Bisphosphonate administration demonstrates considerable effectiveness regarding vertebral fracture prevention." + Steps;
        var result = Check(hard);
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);

        // One diagnostic for the handout, its pages scoring alike, at the hardest sentence, naming the hard ones.
        var d = Assert.Single(result.Diagnostics, d => d.Code == "HND030");
        DiagnosticAssert.Has(result, "HND030", "bones.en.md", 24, 1);
        Assert.True(d.IsError);
        Assert.StartsWith("every version: Flesch-Kincaid grade", d.Message, StringComparison.Ordinal);
        Assert.Contains("SMOG", d.Message);
        Assert.Contains("line 24 (grade", d.Message);
        Assert.Contains("line 26 (grade", d.Message);
        Assert.Contains("long words: Osteoporotic, fragility, consequences, necessitate", d.Message);
        Assert.DoesNotContain("Walk with a friend", d.Message);

        // Moderately hard: short sentences of many three-syllable words land between the target 6 and the maximum 8.
        var medium = "## Why\n\nYour doctor may suggest medicine. Calcium and vitamin D protect every bone. Regular exercise also helps your body." + Steps;
        var warn = Check(medium);
        var w = DiagnosticAssert.Has(warn, "HND030", "bones.en.md", 24, 1);
        Assert.False(w.IsError, w.ToString());
    }

    [Fact]
    public void HND030_a_version_whose_own_text_reads_harder_is_named_and_the_others_are_not()
    {
        var body = "## Why\n\nWalk every day. Eat good food.\n\n::: for cancer=prostate\n\n"
            + "Androgen deprivation pharmacotherapy considerably accelerates demineralization of vertebral architecture.\n\n:::" + Steps;
        var result = Check(body);
        var d = Assert.Single(result.Diagnostics, d => d.Code == "HND030");
        DiagnosticAssert.Has(result, "HND030", "bones.en.md", 28, 1);
        Assert.DoesNotContain("every version", d.Message, StringComparison.Ordinal);
        Assert.Contains("Prostate cancer", d.Message);
        Assert.DoesNotContain("Breast cancer", d.Message);
    }

    [Fact]
    public void HND030_is_not_applied_to_languages_without_formulas()
    {
        // French has neither the English nor the Spanish formulas: lengths only. (Spanish: SpanishQualityCheckTests.)
        using var site = TestSite.Create(
            "-- content/site.yml --\n" + TestSite.SiteYml.Replace("[en, es]", "[en, es, fr]", StringComparison.Ordinal)
            + "\n-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Why\n\nWalk every day." + Steps)
            + "\n-- content/handouts/bones.fr.md --\n" + TestSite.Handout(TestSite.Translation, "## Pourquoi\n\nL'ostéoporose affaiblit considérablement la structure osseuse indépendamment de l'âge." + Steps));
        var result = site.Build(checkOnly: true);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "HND030");
        var fr = result.Quality!.Handouts.Single(h => h.Handout.Language == "fr").Handout;
        Assert.Null(fr.General.Grade);
        Assert.Null(fr.General.Spanish);
        Assert.Equal(9, fr.General.LongestSentenceWords);
    }

    [Fact]
    public void HND031_long_sentence_at_its_line()
    {
        var body = "## Why\n\nShort one.\nThis sentence has far too many words in it for a patient who is tired and worried to read in one go easily.\n" + Steps;
        var d = DiagnosticAssert.Has(Check(body), "HND031", "bones.en.md", 25, 1);
        Assert.Contains("23 words", d.Message);
    }

    [Fact]
    public void HND032_h1_in_the_body()
    {
        var d = DiagnosticAssert.Has(Check("# Another title\n\nText." + Steps), "HND032", "bones.en.md", 22, 1);
        Assert.True(d.IsError);
    }

    [Fact]
    public void HND033_skipped_heading_level() =>
        DiagnosticAssert.Has(Check("## Why\n\nText.\n\n#### Deep\n\nMore." + Steps), "HND033", "bones.en.md", 26, 1);

    [Fact]
    public void HND034_heading_deeper_than_three_levels() =>
        DiagnosticAssert.Has(Check("## A\n\n### B\n\n#### C\n\nText." + Steps), "HND034", "bones.en.md", 26, 1);

    [Fact]
    public void HND035_no_action_for_the_reader()
    {
        var result = Check("## Why\n\nBones can get thin.\n", actions: false);
        DiagnosticAssert.Has(result, "HND035", "bones.en.md", 22, 1);
        Assert.DoesNotContain(Check("## Why\n\n- [ ] Ask about a bone test.\n", actions: false).Diagnostics, d => d.Code == "HND035");
    }

    [Fact]
    public void HND036_image_without_alt_text()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Look\n\n![](../images/hip.png)" + Steps));
        Directory.CreateDirectory(Path.Combine(site.Content, "images"));
        File.Copy(Path.Combine(TestSite.RepoRoot, "content", "images", "logo.png"), Path.Combine(site.Content, "images", "hip.png"));
        var d = DiagnosticAssert.Has(site.Build(checkOnly: true), "HND036", "bones.en.md", 24, 1);
        Assert.True(d.IsError);
    }

    [Theory]
    [InlineData("[click here](https://www.cancer.org/)")]
    [InlineData("[here](https://www.cancer.org/)")]
    [InlineData("[https://www.cancer.org/](https://www.cancer.org/)")]
    public void HND037_vague_link_text(string link) =>
        DiagnosticAssert.Has(Check($"## Read\n\nRead more {link}." + Steps), "HND037", "bones.en.md", 24, 11);

    [Fact]
    public void HND038_table_without_header_names() =>
        DiagnosticAssert.Has(Check("## Foods\n\n| | |\n|---|---|\n| Milk | 300 mg |\n" + Steps), "HND038", "bones.en.md", 24, 1);

    [Fact]
    public void HND039_review_age_warns_after_two_years_and_fails_after_three()
    {
        var warn = Check("## Why\n\nText." + Steps, file: "bones.en.md", extra: "");
        Assert.DoesNotContain(warn.Diagnostics, d => d.Code == "HND039");
        using var site = TestSite.Create("-- content/handouts/old.en.md --\n" + TestSite.Handout(body: "## Why\n\nText." + Steps).Replace("2026-10-01", "2024-06-01", StringComparison.Ordinal)
            + "\n-- content/handouts/older.en.md --\n" + TestSite.Handout(body: "## Why\n\nText." + Steps).Replace("2026-10-01", "2023-06-01", StringComparison.Ordinal));
        var result = site.Build(checkOnly: true);
        Assert.False(DiagnosticAssert.Has(result, "HND039", "old.en.md", 8, 11).IsError);
        Assert.True(DiagnosticAssert.Has(result, "HND039", "older.en.md", 8, 11).IsError);
    }

    [Fact]
    public void HND040_translation_of_an_older_version()
    {
        using var site = TestSite.Create(
            "-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Why\n\nText." + Steps).Replace("version: \"1.0\"", "version: \"1.1\"", StringComparison.Ordinal)
            + "\n-- content/handouts/bones.es.md --\n" + TestSite.Handout(TestSite.Translation, "## Por qué\n\nTexto." + Steps));
        var d = DiagnosticAssert.Has(site.Build(checkOnly: true), "HND040", "bones.es.md", 20, 18);
        Assert.Contains("1.1", d.Message);
    }

    [Fact]
    public void Build_writes_a_quality_json_and_a_staff_page_left_out_of_the_site()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Why\n\nBones can get thin. This sentence is a very long one that keeps going and going well past the limit of twenty words for sure." + Steps));
        Assert.Equal(BuildOutcome.Succeeded, site.Build().Outcome);
        using var json = JsonDocument.Parse(site.Page("reports/quality.json"));
        var root = json.RootElement;
        Assert.Equal("handouts-quality/1", root.GetProperty("schema").GetString());
        var h = root.GetProperty("handouts")[0];
        Assert.Equal("bones", h.GetProperty("slug").GetString());
        Assert.Equal("warning", h.GetProperty("status").GetString());
        Assert.Equal(3, h.GetProperty("variants").GetArrayLength());
        Assert.Equal("general", h.GetProperty("variants")[0].GetProperty("id").GetString());
        Assert.True(h.GetProperty("variants")[0].GetProperty("flesch_kincaid_grade").GetDouble() > 0);
        Assert.Equal(21, h.GetProperty("hardest_sentences")[0].GetProperty("words").GetInt32());
        Assert.Equal("HND031", h.GetProperty("diagnostics")[0].GetProperty("code").GetString());

        var staff = site.Page("reports/quality.html");
        Assert.Contains("<td class=\"warning\">warning</td>", staff);
        Assert.Contains("noindex", staff);
        Assert.DoesNotContain("reports/", site.Page("sitemap.xml"));
        foreach (var page in Directory.GetFiles(site.Out, "*.html", SearchOption.AllDirectories).Where(p => !p.Contains("reports", StringComparison.Ordinal)))
            Assert.DoesNotContain("quality.html", File.ReadAllText(page));
    }

    [Fact]
    public void Check_command_writes_nothing_and_gates_on_strict()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Why\n\nBones can get thin." + Steps + "\n\nThis sentence is a very long one that keeps going and going well past the limit of twenty words for sure.\n"));
        var output = new StringWriter();
        var error = new StringWriter();
        var cwd = Directory.GetCurrentDirectory();
        Assert.Equal(0, App.Run(["check", "--content", site.Content, "--templates", site.Templates], output, error));
        Assert.Contains("bones (en)", output.ToString());
        Assert.Contains("warning", output.ToString());
        Assert.Equal(1, App.Run(["check", "--content", site.Content, "--templates", site.Templates, "--strict"], new StringWriter(), error));
        Assert.Contains("error HND031", error.ToString());
        Assert.False(Directory.Exists(site.Out));
        Assert.Equal(cwd, Directory.GetCurrentDirectory());
    }
}
