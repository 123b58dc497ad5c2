using Handouts.Build;
using Handouts.Cli;
using Handouts.Tests.Support;

namespace Handouts.Tests.Theme;

/// <summary>The default theme is built into the binary; a clinic's templates folder overrides it file by file, and its
/// strings.yml key by key (docs/web.md, "Restyle the site: the theme").</summary>
public sealed class ThemeTests
{
    private const string Bones = "-- content/handouts/bones.en.md --\n";

    [Fact]
    public void Without_a_templates_folder_the_built_in_theme_builds_the_same_site_byte_for_byte()
    {
        using var site = TestSite.Create(Bones + TestSite.Handout());
        site.BuildOk();
        var withFolder = OutputTree.Snapshot(site.Out);
        Directory.Delete(site.Templates, recursive: true);

        var bare = Path.Combine(site.Root, "bare");
        var result = SiteBuilder.Build(new BuildOptions(site.Content, null, bare, Strict: true, Today: TestSite.Today));

        Assert.True(result.Outcome == BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(withFolder, OutputTree.Snapshot(bare));
    }

    [Fact]
    public void One_overridden_template_replaces_only_that_file()
    {
        using var site = TestSite.Create(Bones + TestSite.Handout(), realTemplates: false);
        site.Write("templates/pages/404.html", "<h1>Lost? Ask at the front desk</h1>\n");
        site.BuildOk();
        Assert.Contains("Lost? Ask at the front desk", site.Page("404.html"));
        Assert.Contains("Bones and you", site.Page("en/index.html"));
        Assert.True(site.Exists("en/bones/prostate--adt.pdf"));
        Assert.True(site.Exists("assets/site.css"));
    }

    [Fact]
    public void A_clinics_strings_change_one_phrase_and_keep_every_other()
    {
        using var site = TestSite.Create(Bones + TestSite.Handout() + "\n-- templates/strings.yml --\nen:\n  key_points: What matters most\n", realTemplates: false);
        site.BuildOk();
        var page = site.Page("en/bones/index.html");
        Assert.Contains("What matters most", page);
        Assert.DoesNotContain(">Key points<", page);
        Assert.Contains("Skip to", page);
    }

    [Fact]
    public void An_override_with_an_error_is_reported_at_its_own_file_and_line()
    {
        using var site = TestSite.Create(Bones + TestSite.Handout() + "\n-- templates/pages/home.html --\n<h1>Home</h1>\n<p>Welcome</p>\n{{ if }}\n", realTemplates: false);
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        var d = DiagnosticAssert.Has(result, "HND012", "templates/pages/home.html", 3);
        Assert.StartsWith(site.Templates, d.Span.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_override_of_the_wrong_shape_is_an_error_at_the_clinics_file()
    {
        using var site = TestSite.Create(Bones + TestSite.Handout() + "\n-- templates/strings.yml --\nen:\n  key_points: Key points\n  months: January\n", realTemplates: false);
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Span.Path == Path.Combine(site.Templates, "strings.yml") && d.Message.Contains("months", StringComparison.Ordinal));
    }

    [Fact]
    public void A_templates_folder_named_on_the_command_line_must_exist()
    {
        using var site = TestSite.Create(Bones + TestSite.Handout(), realTemplates: false);
        var error = new StringWriter();
        var code = App.Run(["build", "--content", site.Content, "--templates", Path.Combine(site.Root, "nowhere"), "--out", site.Out], new StringWriter(), error);
        Assert.Equal(1, code);
        Assert.Contains("HND019", error.ToString());
        Assert.Contains("--templates", error.ToString());
        Assert.False(Directory.Exists(site.Out));
    }

    [Fact]
    public void Theme_export_writes_the_built_in_theme_as_the_repository_has_it_and_never_over_a_clinics_files()
    {
        using var folder = new TempFolder();
        var output = new StringWriter();
        Assert.Equal(0, App.Run(["theme", "export", folder.Path], output, new StringWriter()));

        var repository = Path.Combine(TestSite.RepoRoot, "templates");
        Assert.Equal(OutputTree.Snapshot(repository), OutputTree.Snapshot(folder.Path));
        Assert.Contains("Wrote", output.ToString());

        var error = new StringWriter();
        Assert.Equal(2, App.Run(["theme", "export", folder.Path], new StringWriter(), error));
        Assert.Contains("not empty", error.ToString());
    }
}
