using System.Text.Json;
using Handouts.Build;
using Handouts.Cli;
using Handouts.Tests.Support;

namespace Handouts.Tests.Checks;

/// <summary>HND030 for Spanish handouts (INFLESZ and Fernández-Huerta against <c>checks: spanish:</c>), the settings'
/// validation, and the Spanish scores in quality.json, quality.html and the check command's table.</summary>
public sealed class SpanishQualityCheckTests
{
    private const string English = "## Why\n\nWalk every day.\n\n1. Ask your nurse.\n";

    // Scores worked by hand as in SpanishReadabilityTests (S sentences, W words, Sy syllables):
    // Easy: "Tome calcio cada día." 4 W, 8 Sy; "Camine un poco." 3 W, 6 Sy; "Camine cada día." 3 W, 7 Sy.
    //   S = 3, W = 10, Sy = 21: IFSZ = 206.835 − 62.3 × 2.1 − 3.3333 = 72.6717 (bastante fácil);
    //   FH = 206.84 − 60 × 2.1 − 1.02 × 3.3333 = 77.4400.
    private const string Easy = "## Por qué\n\nTome calcio cada día. Camine un poco.\n\n1. Camine cada día.\n";

    // The medical passage of SpanishReadabilityTests (3 S, 21 W, 49 Sy) plus a step.
    private const string Medical = "## Por qué\n\nLa osteoporosis debilita los huesos. Su médico puede recomendar calcio y vitamina D. El ejercicio ayuda a mantener los huesos fuertes.\n\n";

    // With "Camine cada día." (3 W, 7 Sy): S = 4, W = 24, Sy = 56; W/S = 6, Sy/W = 2.3333:
    //   IFSZ = 206.835 − 145.3667 − 6 = 55.4683 (normal), FH = 206.84 − 140 − 6.12 = 60.7200: both between minimum and target.
    private const string Middling = Medical + "1. Camine cada día.\n";

    // With "Pregunte por los bisfosfonatos." (pre-gun-te 3, por 1, los 1, bis-fos-fo-na-tos 5: 4 W, 10 Sy):
    //   S = 4, W = 25, Sy = 59; W/S = 6.25, Sy/W = 2.36:
    //   IFSZ = 206.835 − 147.028 − 6.25 = 53.5570 (algo difícil), FH = 206.84 − 141.6 − 6.375 = 58.8650: both below the minimum.
    private const string Hard = Medical + "1. Pregunte por los bisfosfonatos.\n";

    private static TestSite Site(string spanishBody, string siteYmlExtra = "") => TestSite.Create(
        (siteYmlExtra.Length > 0 ? "-- content/site.yml --\n" + TestSite.SiteYml + "\n" + siteYmlExtra + "\n" : "")
        + "-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: English, actions: false)
        + "\n-- content/handouts/bones.es.md --\n" + TestSite.Handout(TestSite.Translation, spanishBody, actions: false));

    [Fact]
    public void HND030_a_spanish_handout_that_reads_easily_passes_with_its_scores()
    {
        using var site = Site(Easy);
        var result = site.Build(checkOnly: true);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "HND030");
        var es = result.Quality!.Handouts.Single(h => h.Handout.Language == "es").Handout;
        Assert.Equal(72.6717, es.General.Spanish!.SzigrisztPazos, 0.01);
        Assert.Equal(77.44, es.General.Spanish.FernandezHuerta, 0.01);
        Assert.Null(es.General.Grade);
        Assert.All(es.Variants, v => Assert.NotNull(v.Spanish));
        Assert.Null(result.Quality.Handouts.Single(h => h.Handout.Language == "en").Handout.General.Spanish);
    }

    [Fact]
    public void HND030_a_spanish_handout_below_the_target_warns_at_its_hardest_sentence()
    {
        using var site = Site(Middling);
        var result = site.Build(checkOnly: true);
        var d = DiagnosticAssert.Has(result, "HND030", "bones.es.md", 25, 1);
        Assert.False(d.IsError, d.ToString());
        Assert.Contains("INFLESZ (Szigriszt-Pazos) 55.5, normal; Fernández-Huerta 60.7; below the target INFLESZ 65 and Fernández-Huerta 70", d.Message);
        Assert.DoesNotContain(result.Diagnostics, x => x.Code == "HND030" && x.Span.Path.EndsWith("bones.en.md", StringComparison.Ordinal));
        Assert.Equal(BuildOutcome.ContentErrors, site.Build(strict: true, checkOnly: true).Outcome);
    }

    [Fact]
    public void HND030_a_spanish_handout_below_the_minimum_is_an_error()
    {
        using var site = Site(Hard);
        var result = site.Build(checkOnly: true);
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        var d = DiagnosticAssert.Has(result, "HND030", "bones.es.md", 25, 1);
        Assert.Contains("line 27 (INFLESZ 47; long words: Pregunte, bisfosfonatos)", d.Message);
        Assert.True(d.IsError);
        Assert.Contains("53.6, algo difícil", d.Message);
        Assert.Contains("below the minimum INFLESZ 55 and Fernández-Huerta 60", d.Message);

        // The sentences to rewrite, lowest perspicuity first: "Pregunte por los bisfosfonatos." (4 W, 10 Sy) scores
        // 206.835 − 62.3 × 2.5 − 4 = 47.0850; "La osteoporosis debilita los huesos." (5 W, 14 Sy) 206.835 − 174.44 − 5 = 27.3950.
        var hardest = result.Quality!.Handouts.Single(h => h.Handout.Language == "es").Handout.HardestSentences;
        Assert.Equal("La osteoporosis debilita los huesos.", hardest[0].Text);
        Assert.Equal(27.395, hardest[0].Perspicuity!.Value, 0.01);
        Assert.Contains(hardest, s => s.Text == "Pregunte por los bisfosfonatos." && Math.Abs(s.Perspicuity!.Value - 47.085) < 0.01);
    }

    [Fact]
    public void Spanish_thresholds_come_from_site_yml()
    {
        // The easy handout (IFSZ 72.7, FH 77.4) against a stricter INFLESZ target and no Fernández-Huerta bar.
        using var site = Site(Easy, "checks:\n  spanish:\n    inflesz_target: 80\n    fernandez_huerta_target: 0\n    fernandez_huerta_min: 0");
        var result = site.Build(checkOnly: true);
        var d = DiagnosticAssert.Has(result, "HND030", "bones.es.md", 27, 1);
        Assert.False(d.IsError);
        Assert.Contains("below the target INFLESZ 80. Rewrite the hardest sentences first", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Spanish_thresholds_are_validated_at_their_lines()
    {
        // site.yml: the test clinic's nine lines, then checks: at line 10.
        using var site = Site(Easy, "checks:\n  spanish:\n    inflesz_targt: 60\n    inflesz_min: lots\n    fernandez_huerta_target: 50\n    fernandez_huerta_min: 65");
        var result = site.Build(checkOnly: true);
        Assert.Contains("did you mean 'inflesz_target'", DiagnosticAssert.Has(result, "HND002", "site.yml", 12, 5).Message);
        Assert.Contains("whole number from 0 to 100", DiagnosticAssert.Has(result, "HND004", "site.yml", 13, 18).Message);
        Assert.Contains("'fernandez_huerta_min' (65) is above 'fernandez_huerta_target' (50)", DiagnosticAssert.Has(result, "HND004", "site.yml", 15, 5).Message);

        using var notAMap = Site(Easy, "checks:\n  spanish: 65");
        DiagnosticAssert.Has(notAMap.Build(checkOnly: true), "HND004", "site.yml", 11, 12);
    }

    [Fact]
    public void Quality_json_adds_the_spanish_members_and_keeps_the_english_ones()
    {
        using var site = Site(Hard.Replace("Pregunte por los bisfosfonatos.", "Camine cada día.", StringComparison.Ordinal));
        Assert.Equal(BuildOutcome.Succeeded, site.Build(pdf: false).Outcome);
        using var json = JsonDocument.Parse(site.Page("reports/quality.json"));
        var handouts = json.RootElement.GetProperty("handouts");
        var en = handouts.EnumerateArray().Single(h => h.GetProperty("language").GetString() == "en").GetProperty("variants")[0];
        Assert.True(en.GetProperty("flesch_kincaid_grade").GetDouble() != 0);
        Assert.Equal(JsonValueKind.Null, en.GetProperty("fernandez_huerta").ValueKind);
        Assert.Equal(JsonValueKind.Null, en.GetProperty("szigriszt_pazos").ValueKind);
        Assert.Equal(JsonValueKind.Null, en.GetProperty("inflesz_band").ValueKind);

        var es = handouts.EnumerateArray().Single(h => h.GetProperty("language").GetString() == "es");
        var general = es.GetProperty("variants")[0];
        Assert.Equal(JsonValueKind.Null, general.GetProperty("flesch_kincaid_grade").ValueKind);
        Assert.Equal(60.7, general.GetProperty("fernandez_huerta").GetDouble());
        Assert.Equal(55.5, general.GetProperty("szigriszt_pazos").GetDouble());
        Assert.Equal("normal", general.GetProperty("inflesz_band").GetString());
        var hardest = es.GetProperty("hardest_sentences")[0];
        Assert.Equal(27.4, hardest.GetProperty("szigriszt_pazos").GetDouble());
        Assert.Equal(0, hardest.GetProperty("grade").GetDouble());

        var staff = site.Page("reports/quality.html");
        Assert.Contains("<th scope=\"col\">INFLESZ (Szigriszt-Pazos)</th><th scope=\"col\">Fernández-Huerta</th>", staff);
        Assert.Contains("<td class=\"num\">55.5 <span lang=\"es\">normal</span></td><td class=\"num\">60.7</td>", staff);
        // Spanish sentences get a list of their own: ranked among English grades they would come last.
        Assert.Contains("<h3>Spanish, by INFLESZ, lowest first</h3>\n<ol>\n<li><q lang=\"es\">La osteoporosis debilita los huesos.</q>", staff);
        Assert.Contains(": INFLESZ 27.4, 5 words", staff);
    }

    [Fact]
    public void Check_command_shows_the_spanish_scores_only_when_a_handout_is_spanish()
    {
        using var site = Site(Easy);
        var output = new StringWriter();
        Assert.Equal(0, App.Run(["check", "--content", site.Content, "--templates", site.Templates], output, new StringWriter()));
        var lines = output.ToString().Split('\n');
        Assert.Matches(@"^handout\s+FK grade\s+SMOG\s+reading ease\s+INFLESZ\s+F-Huerta\s+longest sentence", lines[0]);
        Assert.Matches(@"^bones \(es\)\s+n/a\s+n/a\s+n/a\s+72\.7\s+77\.4\s+4\s", lines.Single(l => l.StartsWith("bones (es)", StringComparison.Ordinal)));
        Assert.Matches(@"^bones \(en\)\s+\S+\s+\S+\s+\S+\s+n/a\s+n/a\s", lines.Single(l => l.StartsWith("bones (en)", StringComparison.Ordinal)));

        using var english = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: English, actions: false));
        var englishOutput = new StringWriter();
        Assert.Equal(0, App.Run(["check", "--content", english.Content, "--templates", english.Templates], englishOutput, new StringWriter()));
        Assert.DoesNotContain("INFLESZ", englishOutput.ToString());
    }
}
