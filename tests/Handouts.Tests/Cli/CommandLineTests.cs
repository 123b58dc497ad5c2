using Handouts.Cli;
using Handouts.Tests.Support;

namespace Handouts.Tests.Cli;

public sealed class CommandLineTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = App.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Build_succeeds_with_exit_0_and_prints_what_it_wrote()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        var (code, output, _) = Run("build", "--content", site.Content, "--templates", site.Templates, "--out", site.Out, "--base-url", "https://other.example.org/x");
        Assert.Equal(0, code);
        Assert.Matches(@"Wrote \d+ pages \(2 tailored variants of 1 handouts\) to .* in \d+\.\d\d s", output);
        Assert.Contains("<loc>https://other.example.org/x/en/bones/index.html</loc>", site.Page("sitemap.xml"));
    }

    [Fact]
    public void Build_keeps_its_cache_beside_the_output_unless_told_not_to()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        string[] build = ["build", "--content", site.Content, "--templates", site.Templates, "--out", site.Out, "--no-pdf"];
        var cache = Path.Combine(site.Root, ".handouts-cache");

        Assert.Equal(0, Run([.. build, "--no-cache"]).Code);
        Assert.False(Directory.Exists(cache));
        Assert.DoesNotContain("from the cache", Run([.. build]).Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(cache, "CACHEDIR.TAG")));
        Assert.Contains("1 unchanged, taken from the cache", Run([.. build]).Out, StringComparison.Ordinal);

        var elsewhere = Path.Combine(site.Root, "elsewhere-cache");
        Assert.DoesNotContain("from the cache", Run([.. build, "--cache", elsewhere]).Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(elsewhere, "CACHEDIR.TAG")));

        var (code, _, error) = Run([.. build, "--cache", elsewhere, "--no-cache"]);
        Assert.Equal(2, code);
        Assert.Contains("--cache and --no-cache", error, StringComparison.Ordinal);
        var (refused, _, why) = Run([.. build, "--cache", Path.Combine(site.Content, "cache")]);
        Assert.Equal(2, refused);
        Assert.Contains("HND020", why, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_errors_exit_1_with_diagnostics_on_stderr()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(cancers: "[brest]"));
        var (code, _, error) = Run("build", "--content", site.Content, "--templates", site.Templates, "--out", site.Out);
        Assert.Equal(1, code);
        Assert.Contains("bones.en.md(5,16): error HND005: unknown cancer type 'brest'", error);
        Assert.Contains("nothing was written", error);
    }

    [Fact]
    public void Strict_flag_fails_on_warnings()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## X\n\n<i>raw</i>\n"));
        Assert.Equal(0, Run("build", "--content", site.Content, "--templates", site.Templates, "--out", site.Out).Code);
        var (code, _, error) = Run("build", "--content", site.Content, "--templates", site.Templates, "--out", site.Out, "--strict");
        Assert.Equal(1, code);
        Assert.Contains("error HND014", error);
    }

    [Theory]
    [InlineData("build", "--no-such-flag")]
    [InlineData("publish")]
    [InlineData("build", "--base-url", "not a url")]
    public void Usage_errors_exit_2(params string[] args) => Assert.Equal(2, Run(args).Code);

    [Fact]
    public void A_bug_in_handouts_exits_3_with_one_line_and_the_trace_only_with_verbose()
    {
        // The clinic's real command handler, given a command with a bug: an exception no stage expected must not
        // look like a crash with a stack trace in a clinic's CI log.
        static System.CommandLine.RootCommand WithBug()
        {
            var root = App.Commands(TextWriter.Null, TextWriter.Null);
            var bug = new System.CommandLine.Command("bug");
            bug.SetAction(_ => ((string?)null)!.Length);
            root.Subcommands.Add(bug);
            return root;
        }

        var error = new StringWriter();
        Assert.Equal(3, App.Invoke(WithBug(), ["bug"], TextWriter.Null, error));
        Assert.Single(error.ToString().Trim().Split('\n'));
        Assert.Contains("NullReferenceException", error.ToString());
        Assert.Contains("This is a bug in Handouts", error.ToString());
        Assert.Contains("--verbose", error.ToString());

        var verbose = new StringWriter();
        Assert.Equal(3, App.Invoke(WithBug(), ["bug", "--verbose"], TextWriter.Null, verbose));
        Assert.Contains("   at ", verbose.ToString());
    }

    [Fact]
    public void The_clinics_binary_has_only_the_clinics_commands()
    {
        Assert.Equal(["build", "check", "init", "new", "serve", "theme", "verify"], App.Commands(TextWriter.Null, TextWriter.Null).Subcommands.Select(c => c.Name).Order());
        Assert.Equal(2, Run("corpus", "--count", "1", "--out", "x").Code);
    }

    [Fact]
    public void Unsafe_output_exits_2()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        var (code, _, error) = Run("build", "--content", site.Content, "--templates", site.Templates, "--out", site.Content);
        Assert.Equal(2, code);
        Assert.Contains("HND020", error);
    }
}
