using System.Diagnostics;
using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Security;

/// <summary>docs/developers.md, "Security": content and templates are a stranger's pull request built in CI with secrets in the
/// environment. One test per defect a reviewer found; each builds a whole site and asserts what a clinic would see.</summary>
public sealed class TrustBoundaryTests
{
    private static readonly byte[] Logo = File.ReadAllBytes(Path.Combine(TestSite.RepoRoot, "content", "images", "logo.png"));

    private static BuildResult Failed(TestSite site, bool strict = true)
    {
        var result = site.Build(strict);
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        Assert.False(Directory.Exists(site.Out), "a failed build must write nothing");
        return result;
    }

    private static string Table(string cell) => $"## Chart\n\n| What | Picture |\n| --- | --- |\n| Hip | {cell} |\n";

    [Fact]
    public void Rule1_an_image_linked_to_proc_self_environ_is_refused_not_published()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: Table("![Hip chart](../images/chart.png)")));
        Directory.CreateDirectory(Path.Combine(site.Content, "images"));
        File.CreateSymbolicLink(Path.Combine(site.Content, "images", "chart.png"), "/proc/self/environ");
        var result = Failed(site);
        var d = DiagnosticAssert.Has(result, "HND024", "bones.en.md", 26, 9);
        Assert.Contains("outside the content folder", d.Message);
    }

    [Fact]
    public void Rule1_a_folder_linked_outside_the_content_folder_is_refused_at_every_level()
    {
        var secret = Path.Combine(Path.GetTempPath(), "handouts-secret-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(secret);
        File.WriteAllBytes(Path.Combine(secret, "hip.png"), Logo);
        try
        {
            using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Hip\n\n![A hip](../images/hip.png)\n"));
            File.CreateSymbolicLink(Path.Combine(site.Content, "images"), secret);
            var d = DiagnosticAssert.Has(Failed(site), "HND024", "bones.en.md", 24, 1);
            Assert.Contains("outside the content folder", d.Message);
        }
        finally
        {
            Directory.Delete(secret, recursive: true);
        }
    }

    [Fact]
    public void Rule1_a_link_inside_the_content_folder_is_followed()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Hip\n\n![A hip](../images/hip.png)\n"));
        Directory.CreateDirectory(Path.Combine(site.Content, "pictures"));
        File.WriteAllBytes(Path.Combine(site.Content, "pictures", "real.png"), Logo);
        Directory.CreateDirectory(Path.Combine(site.Content, "images"));
        File.CreateSymbolicLink(Path.Combine(site.Content, "images", "hip.png"), "../pictures/real.png");
        site.BuildOk();

        // Copied under the name of the file it really is, so two links to one file make one copy.
        Assert.Equal(Logo, File.ReadAllBytes(Path.Combine(site.Out, "media", "pictures", "real.png")));
        Assert.Contains("media/pictures/real.png", site.Page("en/bones/index.html"));
    }

    [Fact]
    public async Task Rule1_a_fifo_is_refused_without_opening_it()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Hip\n\n![A hip](../images/hip.png)\n"));
        Directory.CreateDirectory(Path.Combine(site.Content, "images"));
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(site.Content, "images", "hip.png"))) mkfifo.WaitForExit();

        // Opening a FIFO for reading blocks until someone writes to it: the build must not even try.
        var result = await Task.Run(() => site.Build(strict: true)).WaitAsync(TimeSpan.FromSeconds(60));
        var d = DiagnosticAssert.Has(result, "HND024", "bones.en.md", 24, 1);
        Assert.Contains("not a regular file", d.Message);
    }

    [Fact]
    public void Rule1_a_nul_in_an_image_path_is_a_diagnostic_not_a_crash()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Hip\n\n![a](images%00.png)\n"));
        var d = DiagnosticAssert.Has(Failed(site), "HND024", "bones.en.md", 24, 1);
        Assert.Contains("not a path inside the content folder", d.Message);
    }

    [Theory]
    [InlineData("/proc/self/environ")]
    [InlineData("../../../../x.png")]
    [InlineData("images/../../outside.png")]
    public void Rule1_and_2_a_logo_outside_the_content_folder_is_refused_and_nothing_is_written_outside(string logo)
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        File.WriteAllBytes(Path.Combine(site.Root, "outside.png"), Logo);
        site.Write("content/site.yml", TestSite.SiteYml.Replace("  after_hours_phone: \"555-0199\"", $"  after_hours_phone: \"555-0199\"\n  logo: {logo}", StringComparison.Ordinal));
        var d = DiagnosticAssert.Has(Failed(site), "HND024", "site.yml", 6, 9);
        Assert.Contains("the clinic logo", d.Message);
        Assert.False(File.Exists(Path.Combine(site.Root, "x.png")));
        Assert.DoesNotContain(Directory.GetFiles(site.Root, "*", SearchOption.AllDirectories), f => f.Contains("media", StringComparison.Ordinal));
    }

    [Fact]
    public void Rule1_a_font_outside_the_templates_folder_is_refused()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        site.Write("content/site.yml", TestSite.SiteYml + "\nfonts:\n  - regular: ../../../../../../etc/passwd\n");
        var d = DiagnosticAssert.Has(Failed(site), "HND050", "templates", 0);
        Assert.Contains("is not a path inside the templates folder", d.Message);
    }

    [Fact]
    public void Rule3_the_logo_file_name_cannot_break_out_of_its_attribute()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        const string name = "x\" onload=\"alert(1)\" y=\".png";
        Directory.CreateDirectory(Path.Combine(site.Content, "images"));
        File.WriteAllBytes(Path.Combine(site.Content, "images", name), Logo);
        site.Write("content/site.yml", TestSite.SiteYml.Replace("  after_hours_phone: \"555-0199\"", "  after_hours_phone: \"555-0199\"\n  logo: 'images/x\" onload=\"alert(1)\" y=\".png'", StringComparison.Ordinal));
        site.BuildOk();
        var page = site.Page("en/bones/index.html");
        Assert.DoesNotContain("onload=\"", page);
        Assert.Contains("images/x&quot; onload=&quot;alert(1)&quot; y=&quot;.png", page);
    }

    [Theory]
    [InlineData("<javascript:alert(document.domain)>", "javascript")]
    [InlineData("<vbscript:msgbox(1)>", "vbscript")]
    [InlineData("<data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>", "data")]
    [InlineData("[click](javascript:alert(1))", "javascript")]
    [InlineData("[click](java&#x09;script:alert(1))", "javascript")]
    [InlineData("[file](file:///etc/passwd)", "file")]
    public void Rule3_only_http_https_mailto_and_tel_links_are_allowed(string link, string scheme)
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: $"## Links\n\nSee {link} now.\n"));
        var d = DiagnosticAssert.Has(Failed(site, strict: false), "HND028", "bones.en.md", 24, 5);
        Assert.Contains($"'{scheme}:'", d.Message);
    }

    [Fact]
    public void Rule3_safe_autolinks_still_work()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Links\n\nSee <https://www.cancer.org/> or write to <nurse@example.org>.\n"));
        site.BuildOk();
        var page = site.Page("en/bones/index.html");
        Assert.Contains("href=\"https://www.cancer.org/\"", page);
        Assert.Contains("href=\"mailto:nurse@example.org\"", page);
    }

    [Fact]
    public void Rule3_raw_html_switched_on_is_sanitized()
    {
        const string body = """
            ## Raw

            <b>Bold words</b> stay. <img src="x" onerror="alert(1)"> <a href="javascript:alert(2)">bad</a> <a href="https://www.cancer.org/">good</a>

            <script>alert(3)</script>

            <iframe src="https://evil.example/"></iframe><form action="https://evil.example/"><input name="q"></form>
            """;
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: body));
        site.Write("content/site.yml", TestSite.SiteYml + "\nallow_raw_html: true\n");
        site.BuildOk(strict: false);
        var page = site.Page("en/bones/index.html");
        var main = page[page.IndexOf("<main", StringComparison.Ordinal)..page.IndexOf("</main>", StringComparison.Ordinal)];
        Assert.Contains("<b>Bold words</b>", main);
        Assert.Contains("href=\"https://www.cancer.org/\"", main);
        foreach (var bad in new[] { "onerror", "javascript:", "<script", "alert(3)", "<iframe", "<form", "<input" })
            Assert.DoesNotContain(bad, main, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Rule3_raw_html_switched_off_is_text()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Raw\n\n<script>alert(1)</script>\n"));
        site.BuildOk(strict: false);
        var page = site.Page("en/bones/index.html");
        Assert.Contains("&lt;script>alert(1)&lt;/script>", page);
        Assert.Equal(["<script src=\"../../assets/print.js\" defer>", "<script src=\"../../assets/search.js\" defer>"], ScriptTags.In(page));
    }

    [Fact]
    public void Rule4_yaml_aliases_are_refused_before_they_can_expand()
    {
        // Each level doubles the one below: expanded as mapping keys, depth 10 took 31 s and depth 11 never finished.
        var lines = new List<string> { "a0: &a0 [x, x]" };
        for (var i = 1; i <= 12; i++) lines.Add($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]");
        lines.Add("? *a12\n: boom");
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        site.Write("content/taxonomy.yml", string.Join('\n', lines) + "\n" + TestSite.TaxonomyYml);
        var clock = Stopwatch.StartNew();
        var d = DiagnosticAssert.Has(Failed(site), "HND026", "taxonomy.yml", 1, 5);
        Assert.Contains("anchor", d.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Rule4_an_alias_in_front_matter_is_refused_at_its_line()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout().Replace("reviewer: Oncology nurse educator", "reviewer: *someone", StringComparison.Ordinal));
        var d = DiagnosticAssert.Has(Failed(site), "HND026", "bones.en.md", 9, 11);
        Assert.Contains("alias", d.Message);
    }

    [Fact]
    public void Rule4_deeply_nested_yaml_is_a_diagnostic_not_a_stack_overflow()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout("variants: " + new string('[', 100_000)));
        var d = DiagnosticAssert.Has(Failed(site), "HND025", "bones.en.md", 20);
        Assert.Contains("nested more than 64 deep", d.Message);
    }

    [Fact]
    public void Rule4_markdown_nested_beyond_markdigs_limit_is_a_diagnostic()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Deep\n\n" + new string('>', 500) + " hello\n"));
        var d = DiagnosticAssert.Has(Failed(site), "HND025", "bones.en.md", 22, 1);
        Assert.Contains("nested too deeply", d.Message);
    }

    [Fact]
    public void Rule4_a_file_over_its_size_cap_is_a_diagnostic()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Long\n\n" + new string('a', 3 * 1024 * 1024) + "\n"));
        var d = DiagnosticAssert.Has(Failed(site), "HND025", "bones.en.md", 1);
        Assert.Contains("larger than the limit of 2 MB", d.Message);
    }

    [Fact]
    public void Rule4_an_unexpected_failure_names_its_file_and_the_other_files_still_report()
    {
        var bag = new Handouts.Diagnostics.DiagnosticBag();
        bag.Isolate("content/handouts/a.en.md", () => throw new InvalidOperationException("boom"));
        bag.Isolate("content/handouts/b.en.md", () => bag.Warning("HND031", new("content/handouts/b.en.md", 7, 1), "long sentence"));
        var all = bag.Sorted();
        Assert.Equal(2, all.Count);
        Assert.Equal(("HND027", "content/handouts/a.en.md", 1), (all[0].Code, all[0].Span.Path, all[0].Span.Line));
        Assert.Contains("InvalidOperationException: boom", all[0].Message);
        Assert.True(bag.HasErrors, "an unexpected failure fails the build: nothing is published without the handout");
        Assert.Equal("HND031", all[1].Code);
    }

    [Theory]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ date.utc_now.year }}")]
    [InlineData("{{ math.random 1 6 }}")]
    [InlineData("{{ math.uuid }}")]
    public void A_template_cannot_read_the_clock_or_chance_so_the_same_input_gives_the_same_bytes(string code)
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        var layout = Path.Combine(site.Templates, "pages", "404.html");
        File.WriteAllText(layout, code + File.ReadAllText(layout));
        DiagnosticAssert.Has(Failed(site), "HND012", "404.html", 1);
    }

    [Theory]
    [InlineData("{{ x = 'ab'; for i in 1..64; x = x + x; end; x }}", "LimitToString")]
    [InlineData("{{ x = 'a' | string.pad_left 1000000; for i in 1..99000; y = x | string.replace 'a' 'b'; end }}", "longer than 10 s")]
    [InlineData("{{ for i in 1..1000000; end }}", "loop")]
    public void Rule4_a_template_cannot_exhaust_memory_or_hang_the_build(string code, string message)
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        var layout = Path.Combine(site.Templates, "pages", "404.html");
        File.WriteAllText(layout, code + File.ReadAllText(layout));
        var clock = Stopwatch.StartNew();
        var d = DiagnosticAssert.Has(Failed(site), "HND012", "404.html", 1);
        Assert.Contains(message, d.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }
}
