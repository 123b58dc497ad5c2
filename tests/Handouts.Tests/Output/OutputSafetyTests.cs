using Handouts.Build;
using Handouts.Files;
using Handouts.Tests.Support;

namespace Handouts.Tests.Output;

/// <summary>A build replaces only an earlier handouts output, and a failed build leaves it exactly as it was.</summary>
public sealed class OutputSafetyTests
{
    private static TestSite Site() => TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());

    private static void Refused(TestSite site, string outDir, string why)
    {
        var result = site.Build(outDir: outDir);
        Assert.Equal(BuildOutcome.UsageError, result.Outcome);
        Assert.Equal(2, result.ExitCode);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("HND020", d.Code);
        Assert.Contains(why, d.Message);
    }

    [Fact]
    public void Refuses_the_content_and_templates_folders_and_their_parents()
    {
        using var site = Site();
        Refused(site, site.Content, "content folder");
        Refused(site, site.Templates, "templates folder");
        Refused(site, Path.Combine(site.Content, "handouts"), "content folder");
        Refused(site, site.Root, "content folder");
        Assert.True(File.Exists(Path.Combine(site.Content, "handouts", "bones.en.md")));
    }

    [Fact]
    public void Refuses_the_file_system_root_and_a_repository_root()
    {
        using var site = Site();
        Refused(site, "/", "root of the file system");
        var repo = Path.Combine(site.Root, "repo");
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        Refused(site, repo, "root of a repository");
    }

    [Fact]
    public void Refuses_a_non_empty_folder_it_did_not_make_but_takes_an_empty_one()
    {
        using var site = Site();
        var mine = Path.Combine(site.Root, "documents");
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "taxes.txt"), "keep me");
        Refused(site, mine, "not empty");
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(mine, "taxes.txt")));

        var empty = Path.Combine(site.Root, "empty");
        Directory.CreateDirectory(empty);
        Assert.Equal(BuildOutcome.Succeeded, site.Build(outDir: empty).Outcome);
        Assert.True(File.Exists(Path.Combine(empty, ".handouts-output")));
    }

    [Fact]
    public void Rebuild_replaces_its_own_output_completely()
    {
        using var site = Site();
        Assert.Equal(BuildOutcome.Succeeded, site.Build().Outcome);
        File.WriteAllText(Path.Combine(site.Out, "stale.html"), "old");
        Assert.Equal(BuildOutcome.Succeeded, site.Build().Outcome);
        Assert.False(site.Exists("stale.html"), "pages of an earlier build do not linger");
        Assert.True(site.Exists("en/bones/index.html"));
        Assert.Empty(Directory.GetDirectories(site.Root, ".handouts-*"));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_intact_and_no_staging_behind()
    {
        using var site = Site();
        Assert.Equal(BuildOutcome.Succeeded, site.Build().Outcome);
        var before = Snapshot(site.Out);
        site.Write("content/handouts/broken.en.md", TestSite.Handout(cancers: "[nonsense]"));
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        Assert.Equal(before, Snapshot(site.Out));
        Assert.Empty(OutputTree.Leftovers(site.Root));

        // A failure found only while rendering (a template error) is just as safe.
        File.WriteAllText(Path.Combine(site.Templates, "pages", "term.html"), "{{ nope }}");
        Assert.Equal(BuildOutcome.ContentErrors, site.Build().Outcome);
        Assert.Equal(before, Snapshot(site.Out));
    }

    [Fact]
    public void Strict_turns_warnings_into_a_failed_build()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## X\n\n<b>raw</b>\n"));
        var result = site.Build(strict: true);
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        Assert.All(result.Diagnostics, d => Assert.True(d.IsError));
        Assert.False(Directory.Exists(site.Out));
    }

    [Fact]
    public void Refuses_an_output_reached_through_a_symbolic_link_to_the_templates_or_the_content()
    {
        using var site = Site();
        var templatesBefore = Snapshot(site.Templates);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "link"), site.Templates);
        Refused(site, Path.Combine(site.Root, "link", "site"), "templates folder");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "published"), site.Content);
        Refused(site, Path.Combine(site.Root, "published"), "content folder");

        // A link inside a link, relative and climbing: resolved at every level, ".." from where the link really is.
        Directory.CreateDirectory(Path.Combine(site.Root, "a", "b"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "a", "b", "up"), Path.Combine("..", "..", "link"));
        Refused(site, Path.Combine(site.Root, "a", "b", "up", "assets"), "templates folder");

        Assert.Equal(templatesBefore, Snapshot(site.Templates));
        Assert.Empty(Directory.GetFileSystemEntries(site.Templates, ".handouts-*", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFileSystemEntries(site.Content, ".handouts-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Builds_through_a_symbolic_link_into_the_folder_it_points_to()
    {
        using var site = Site();
        var real = Path.Combine(site.Root, "public");
        Directory.CreateDirectory(real);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "www"), real);
        Assert.Equal(BuildOutcome.Succeeded, site.Build(outDir: Path.Combine(site.Root, "www", "site"), pdf: false).Outcome);
        Assert.True(File.Exists(Path.Combine(real, "site", "en", "bones", "index.html")));
        Assert.Empty(OutputTree.Leftovers(real));
    }

    [Fact]
    public void Case_rules_are_asked_of_the_file_system_by_looking_up_a_name_with_its_case_flipped()
    {
        using var site = Site();
        var ignoresCase = Directory.Exists(Path.Combine(site.Root, "TEMPLATES"));
        Assert.Equal(ignoresCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal, FileSystemCase.ComparisonFor(site.Templates));
        // Where both spellings exist the probe cannot tell them apart and takes the comparison that refuses more.
        Directory.CreateDirectory(Path.Combine(site.Root, "TEMPLATES"));
        Assert.Equal(StringComparison.OrdinalIgnoreCase, FileSystemCase.ComparisonFor(site.Templates));
    }

    private static Dictionary<string, string> Snapshot(string dir) => OutputTree.Snapshot(dir);
}
