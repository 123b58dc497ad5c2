using Handouts.Tests.Support;

namespace Handouts.Tests.Docs;

/// <summary>The README stays short: what Handouts is, the two commands, where to go next. The two commands are what
/// .ci/run runs, so the README's promise and CI cannot drift apart.</summary>
public sealed class ReadmeTests
{
    private static readonly string Readme = MarkdownPages.Read("README.md");

    [Fact]
    public void The_first_code_block_holds_the_two_commands()
    {
        var first = MarkdownPages.CodeBlocks(Readme)[0];
        Assert.Equal("sh", first.Info);
        Assert.Equal(
            "dotnet run --project generator -- build     # builds the sample clinic (site and PDFs) into _site/\n" +
            "dotnet test                                 # runs every test\n",
            first.Code);
    }

    [Fact]
    public void Ci_runs_the_first_command_with_strict_then_the_tests()
    {
        var run = File.ReadAllText(Path.Combine(TestSite.RepoRoot, ".ci", "run"));
        var build = run.IndexOf("dotnet run --project generator -- build --strict", StringComparison.Ordinal);
        var test = run.IndexOf("dotnet test", StringComparison.Ordinal);
        Assert.True(build >= 0, ".ci/run does not build the sample clinic with the README's first command and --strict");
        Assert.True(test > build, ".ci/run does not run the tests after the build");
    }

    [Fact]
    public void It_links_every_page_under_docs()
    {
        var linked = MarkdownPages.Links(Readme).Select(l => l.Target.Split('#')[0]).ToHashSet(StringComparer.Ordinal);
        var pages = MarkdownPages.All.Where(p => p.StartsWith("docs/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.Contains(page, linked));
    }

    [Fact]
    public void It_stays_short()
    {
        var lines = Readme.Split('\n').Length;
        Assert.True(lines <= 60, $"README.md has {lines} lines: move details to a page under docs/ and link it");
    }
}
