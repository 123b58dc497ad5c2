using System.Diagnostics;
using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Security;

/// <summary>What a review of the trust boundary found after it was built: each a whole-site test that failed before
/// its fix (a walk of the disk, an out-of-memory, exit 3 where a diagnostic belongs, a silently dropped address).</summary>
public sealed class ReviewFindingsTests
{
    [Fact]
    public async Task Links_to_folders_in_the_assets_are_refused_not_walked()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        var assets = Path.Combine(site.Templates, "assets");
        Directory.CreateSymbolicLink(Path.Combine(assets, "a"), ".");
        Directory.CreateSymbolicLink(Path.Combine(assets, "b"), ".");
        Directory.CreateSymbolicLink(Path.Combine(assets, "root"), "/");
        var clock = Stopwatch.StartNew();
        var result = await Task.Run(() => site.Build(pdf: false)).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        Assert.Equal(3, result.Diagnostics.Count(d => d.Code == "HND024"));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Message.Contains("is a folder, not a file", StringComparison.Ordinal)));
        Assert.Single(result.Diagnostics, d => d.Message.Contains("leads outside the templates folder", StringComparison.Ordinal));
    }

    [Fact]
    public void An_image_seen_through_a_folder_link_is_copied_once_under_its_real_name()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Hip\n\n![A](../images/x.png) ![B](../images/a/x.png) ![C](../images/a/a/x.png)\n"));
        Directory.CreateDirectory(Path.Combine(site.Content, "images"));
        File.WriteAllBytes(Path.Combine(site.Content, "images", "x.png"), File.ReadAllBytes(Path.Combine(TestSite.RepoRoot, "content", "images", "logo.png")));
        Directory.CreateSymbolicLink(Path.Combine(site.Content, "images", "a"), ".");
        site.BuildOk();
        Assert.Equal(["x.png"], Directory.GetFiles(Path.Combine(site.Out, "media", "images")).Select(Path.GetFileName));
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(site.Page("en/bones/index.html"), "media/images/x.png"));
    }

    [Fact]
    public void A_journal_planted_as_a_link_beside_the_output_is_not_read()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        File.CreateSymbolicLink(Path.Combine(site.Root, ".handouts-journal-_site"), "/dev/zero");
        var result = site.Build(pdf: false);
        Assert.Equal(BuildOutcome.Succeeded, result.Outcome);
        Assert.True(File.Exists(Path.Combine(site.Out, "en", "bones", "index.html")));
    }

    [Theory]
    [InlineData("x.", "![a](../images/x.)")]
    [InlineData("x.png ", "![a](<../images/x.png >)")]
    public void A_file_name_windows_would_read_as_another_is_refused_at_its_line(string name, string markdown)
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: $"## Hip\n\n{markdown}\n"));
        Directory.CreateDirectory(Path.Combine(site.Content, "images"));
        File.WriteAllBytes(Path.Combine(site.Content, "images", name), File.ReadAllBytes(Path.Combine(TestSite.RepoRoot, "content", "images", "logo.png")));
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        DiagnosticAssert.Has(result, "HND024", "bones.en.md", 24, 1);
    }

    [Theory]
    [InlineData("  language_switcher: Language\n", "  language_switcher: Language\n  ? [a, b]\n  : x\n", "HND001")]
    [InlineData("  home_title: La salud", "  home_title: [a, b]\n  old_home_title: La salud", "HND004")]
    [InlineData("  months: [enero", "  months: enero\n  old_months: [enero", "HND004")]
    public void A_malformed_interface_string_is_a_diagnostic_not_a_crash(string find, string replace, string code)
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        var text = File.ReadAllText(Path.Combine(site.Templates, "strings.yml"));
        var at = text.IndexOf(find, StringComparison.Ordinal);
        site.Write("templates/strings.yml", text[..at] + replace + text[(at + find.Length)..]);
        var result = site.Build(pdf: false);
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Span.Path.EndsWith("strings.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_theme_without_the_strings_the_generator_reads_is_told_which()
    {
        // French is not in the built-in theme, so a clinic publishing in French first must give the strings the
        // generator reads itself; it is told which are missing.
        using var site = TestSite.Create("-- content/handouts/bones.fr.md --\n" + TestSite.Handout() + "\n-- templates/strings.yml --\nfr:\n  key_points: Points clés\n");
        site.Write("content/site.yml", TestSite.SiteYml.Replace("languages: [en, es]", "languages: [fr]", StringComparison.Ordinal));
        site.Write("content/taxonomy.yml", TestSite.TaxonomyYml.Replace(" es:", " fr:", StringComparison.Ordinal));
        var d = Assert.Single(site.Build(pdf: false).Diagnostics, d => d.Code == "HND003");
        Assert.Contains("date_format", d.Message);
        Assert.EndsWith("strings.yml", d.Span.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void An_autolink_prints_its_address_as_a_link()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Help\n\nVisit <https://example.org/help> or write to <nurse@example.org> for more.\n"));
        site.BuildOk();
        Assert.Contains("Visit https://example.org/help or write to nurse@example.org for more.", site.PdfWords("en/bones/prostate--adt.pdf"));
        using var pdf = site.OpenPdf("en/bones/prostate--adt.pdf");
        var links = pdf.GetPages().SelectMany(p => p.GetHyperlinks()).Select(l => l.Uri).ToList();
        Assert.Contains("https://example.org/help", links);
        Assert.Contains("mailto:nurse@example.org", links);
    }

    [Fact]
    public void A_block_inside_a_block_it_contradicts_is_reported_as_shown_to_no_variant()
    {
        const string body = "## Only some\n\n::: for cancer=breast\n\nFor breast.\n\n::: for cancer=prostate\n\nNever shown.\n\n:::\n\n:::\n";
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: body));
        var d = DiagnosticAssert.Has(site.Build(), "HND023", "bones.en.md", 28, 1);
        Assert.Contains("together with the blocks around it", d.Message);
    }
}
