using System.Text;
using System.Text.Json;
using Handouts.Html;
using Handouts.Tests.Support;

namespace Handouts.Tests.Html;

/// <summary>Site search: a script per language with the general page of each handout, loaded only when a reader uses
/// the search box, which stays hidden where JavaScript does not run.</summary>
public sealed class SearchTests
{
    private const string Prefix = "self.handoutsSearchIndex = ";

    private static TestSite Site() => TestSite.Create(
        "-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Why bones thin\n\nText for everyone.\n\n::: for cancer=prostate\n\n### Hormone therapy\n\nTestosterone keeps bones strong.\n\n:::\n")
        + "\n-- content/handouts/bones.es.md --\n" + TestSite.Handout(TestSite.Translation, "## Por qué el hueso se debilita\n\nLa densidad ósea baja.\n\n::: for cancer=prostate\n\n### Terapia hormonal\n\nTexto.\n\n:::\n", title: "Sus huesos")
        + "\n-- content/handouts/falls.en.md --\n" + TestSite.Handout(body: "## Safer stairs\n\nUse the rail.\n", title: "Preventing falls"));

    /// <summary>The index's documents, read as JSON: proof that the script is one JSON value after its assignment.</summary>
    private static JsonElement[] Documents(string script, string lang)
    {
        var start = script.IndexOf(Prefix, StringComparison.Ordinal);
        Assert.True(start > 0, "the index does not assign " + Prefix.Trim());
        Assert.EndsWith(";\n", script, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(script[(start + Prefix.Length)..^2]);
        Assert.Equal(lang, json.RootElement.GetProperty("lang").GetString());
        return [.. json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.Clone())];
    }

    [Fact]
    public void Search_index_per_language_holds_its_own_handouts_titles_summaries_key_points_headings_and_body()
    {
        using var site = Site();
        site.BuildOk();
        var en = Documents(site.Page("en/search-index.js"), "en");
        Assert.Equal(["bones", "falls"], en.Select(d => d.GetProperty("id").GetString()));
        var bones = en[0];
        Assert.Equal("Bones and you", bones.GetProperty("title").GetString());
        Assert.Equal("A short summary.", bones.GetProperty("summary").GetString());
        Assert.Equal("Keep your bones strong.\nWalk every day.", bones.GetProperty("keys").GetString());
        // The general page: every tailored block's heading and words, and only that page (no versions).
        Assert.Equal("Why bones thin\nHormone therapy", bones.GetProperty("headings").GetString());
        Assert.Equal("Text for everyone.\nTestosterone keeps bones strong.\nAsk your nurse.\nYou fall.", bones.GetProperty("body").GetString());
        Assert.Equal("en/bones/index.html", bones.GetProperty("href").GetString());

        var es = Documents(site.Page("es/search-index.js"), "es");
        var huesos = Assert.Single(es);
        Assert.Equal("Sus huesos", huesos.GetProperty("title").GetString());
        Assert.Equal("Por qué el hueso se debilita\nTerapia hormonal", huesos.GetProperty("headings").GetString());
        Assert.Equal("es/bones/index.html", huesos.GetProperty("href").GetString());
        Assert.Contains("ó", site.Page("es/search-index.js"));
        Assert.DoesNotContain("Bones and you", site.Page("es/search-index.js"));
        Assert.DoesNotContain("Preventing falls", site.Page("es/search-index.js"));
        Assert.DoesNotContain("Sus huesos", site.Page("en/search-index.js"));
    }

    [Fact]
    public void Search_index_escapes_a_hostile_title_and_body_so_nothing_leaves_its_string()
    {
        const string title = "'Say \"hi\" </script><script>alert(1)</script> & \\ it''s'";
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n"
            + TestSite.Handout(title: title, body: "## A `</script>` heading\n\nBody `</script><!--` and \"quotes\".\n"));
        site.BuildOk();
        var script = site.Page("en/search-index.js");
        var doc = Assert.Single(Documents(script, "en"));
        Assert.Equal("Say \"hi\" </script><script>alert(1)</script> & \\ it's", doc.GetProperty("title").GetString());
        Assert.Equal("A </script> heading", doc.GetProperty("headings").GetString());
        Assert.StartsWith("Body </script><!-- and \"quotes\".", doc.GetProperty("body").GetString());
        foreach (var bad in new[] { "<", ">", "&", "'", "\\\"hi" })
            Assert.DoesNotContain(bad, script[script.IndexOf(Prefix, StringComparison.Ordinal)..]);
        Assert.Contains("\\u003C/script\\u003E", script);
    }

    [Fact]
    public void Search_index_script_escapes_line_separators_and_control_characters()
    {
        var hostile = "a\u2028b\u2029c\u0000d\u001be\"f\\g</script>h`i${j}";
        var entry = new SearchEntry("en", "x", hostile, hostile, hostile, hostile, hostile, "en/x/index.html");
        var file = Assert.Single(SearchIndexScript.Render(["en"], [SearchIndexScript.Line(entry)]));
        Assert.Equal("en/search-index.js", file.Path);
        var script = Encoding.UTF8.GetString(file.Bytes!);
        // JavaScript ends a line (and, before ES2019, a string) at U+2028 and U+2029; none stays raw.
        foreach (var c in new[] { '\u2028', '\u2029', '\u0000', '\u001b', '<', '>', '`' })
            Assert.DoesNotContain(c, script[script.IndexOf(Prefix, StringComparison.Ordinal)..]);
        var doc = Assert.Single(Documents(script, "en"));
        Assert.Equal(hostile, doc.GetProperty("title").GetString());
        Assert.Equal(hostile, doc.GetProperty("body").GetString());
    }

    [Fact]
    public void Search_form_is_hidden_on_every_page_and_only_the_small_script_loads_up_front()
    {
        using var site = Site();
        site.BuildOk();
        var home = site.Page("en/index.html");
        Assert.Equal(["<script src=\"../assets/search.js\" defer>"], ScriptTags.In(home));
        Assert.Contains("<form class=\"search\" role=\"search\" data-search hidden data-root=\"../\" data-index=\"../en/search-index.js\" data-library=\"../assets/search/minisearch.js\" data-results-one=\"1 result\" data-results=\"{count} results\" data-no-results=\"No results. Try another word.\">", home);
        Assert.Contains("<label for=\"search-input\">Search the handouts</label>", home);
        Assert.Contains("<input id=\"search-input\" type=\"search\" name=\"q\" autocomplete=\"off\" placeholder=\"For example: bone density\">", home);
        Assert.Contains("<p class=\"search-status\" role=\"status\" aria-live=\"polite\"></p>", home);
        Assert.Contains("<ul class=\"search-results\" hidden></ul>", home);

        var handout = site.Page("en/bones/prostate--adt.html");
        Assert.Equal(["<script src=\"../../assets/print.js\" defer>", "<script src=\"../../assets/search.js\" defer>"], ScriptTags.In(handout));
        Assert.Contains("data-search hidden data-root=\"../../\" data-index=\"../../en/search-index.js\"", handout);

        // Each page searches its own language, in its own words.
        var es = site.Page("es/bones/index.html");
        Assert.Contains("data-index=\"../../es/search-index.js\"", es);
        Assert.Contains("<label for=\"search-input\">Buscar en los folletos</label>", es);
        Assert.Contains("data-results=\"{count} resultados\" data-no-results=\"No hay resultados. Pruebe con otra palabra.\"", es);
        Assert.Contains("data-index=\"en/search-index.js\"", site.Page("index.html"));
        // The 404 page is served at any address, so it reaches the index absolutely.
        Assert.Contains("data-index=\"https://clinic.example.org/bones/en/search-index.js\"", site.Page("404.html"));

        // Patient pages; the staff pages (reports, the print shelf) have no search.
        var staff = new[] { Path.Combine(site.Out, "reports"), Path.Combine(site.Out, "print") };
        foreach (var page in Directory.GetFiles(site.Out, "*.html", SearchOption.AllDirectories).Where(p => !staff.Any(s => p.StartsWith(s, StringComparison.Ordinal))))
        {
            var html = File.ReadAllText(page);
            Assert.All(ScriptTags.In(html), tag => Assert.DoesNotContain("search-index", tag));
            Assert.All(ScriptTags.In(html), tag => Assert.DoesNotContain("minisearch", tag));
            Assert.Single(ScriptTags.In(html), tag => tag.Contains("assets/search.js", StringComparison.Ordinal));
        }

        // Paper gets the handout, not the search box.
        Assert.Matches("@media print \\{[\\s\\S]*?\\.search,", site.Page("assets/site.css"));
    }

    [Fact]
    public void Search_script_shows_the_form_loads_the_index_on_first_use_and_sets_results_as_text()
    {
        using var site = Site();
        site.BuildOk();
        var script = site.Page("assets/search.js");
        Assert.Contains("form.hidden = false", script);
        Assert.Contains("addEventListener('focus'", script);
        Assert.Contains("document.createElement('script')", script);
        Assert.Contains("window." + SearchIndexScript.Global, script);
        // Accent folding on index and query (one processTerm serves both), prefix matching, ranked fields.
        Assert.Contains("normalize('NFD').replace(/\\p{M}/gu, '')", script);
        Assert.Contains("processTerm: fold", script);
        Assert.Contains("prefix: true", script);
        Assert.Contains("boost: { title: 4, summary: 2, keys: 2, headings: 2 }", script);
        Assert.Contains("textContent", script);
        var code = string.Join('\n', script.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        Assert.DoesNotContain("innerHTML", code);
        Assert.DoesNotContain("fetch(", code);

        // The library as published on npm (minisearch 7.2.0, dist/umd/index.js), with its licence.
        Assert.Contains("global.MiniSearch = factory()", site.Page("assets/search/minisearch.js"));
        Assert.StartsWith("Copyright 2022 Luca Ongaro", site.Page("assets/search/minisearch-LICENSE.txt"));
    }

    [Fact]
    public void Search_index_is_byte_identical_across_two_builds()
    {
        using var site = Site();
        site.BuildOk();
        var first = new[] { "en", "es" }.Select(l => File.ReadAllBytes(Path.Combine(site.Out, l, "search-index.js"))).ToList();
        var again = Path.Combine(site.Root, "again");
        Assert.Equal(Handouts.Build.BuildOutcome.Succeeded, site.Build(strict: true, outDir: again, pdf: false).Outcome);
        Assert.Equal(first[0], File.ReadAllBytes(Path.Combine(again, "en", "search-index.js")));
        Assert.Equal(first[1], File.ReadAllBytes(Path.Combine(again, "es", "search-index.js")));
    }

    [Fact]
    public void Search_index_exists_for_a_language_without_handouts()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        site.BuildOk(strict: false);
        Assert.Empty(Documents(site.Page("es/search-index.js"), "es"));
    }
}
