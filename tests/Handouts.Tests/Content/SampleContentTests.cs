using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Content;

/// <summary>The sample clinic in content/ is what a new user builds first: it must pass every check with --strict
/// (the same as <c>handouts check --strict</c>) and no warnings. The date is pinned here; CI also builds it strictly
/// against the real date, which is what flags a review falling due.</summary>
public sealed class SampleContentTests
{
    [Fact]
    public void The_real_content_builds_strictly_without_warnings()
    {
        var root = TestSite.RepoRoot;
        var result = SiteBuilder.Build(new BuildOptions(Path.Combine(root, "content"), Path.Combine(root, "templates"), null, Strict: true, Today: TestSite.Today));
        Assert.True(result.Outcome == BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Handouts >= 10, $"{result.Handouts} handouts");

        // The Spanish handouts are scored (and, being free of warnings, meet the Spanish reading-ease defaults).
        var spanish = result.Quality!.Handouts.Where(h => h.Handout.Language == "es").ToList();
        Assert.NotEmpty(spanish);
        Assert.All(spanish, h => Assert.All(h.Handout.Variants, v => Assert.NotNull(v.Spanish)));
    }

    [Fact]
    public void Sample_has_eight_english_handouts_two_translated_each_with_tailored_blocks_and_sources()
    {
        var files = Directory.GetFiles(Path.Combine(TestSite.RepoRoot, "content", "handouts"), "*.md");
        var english = files.Where(f => f.EndsWith(".en.md", StringComparison.Ordinal)).ToList();
        Assert.True(english.Count >= 8);
        Assert.True(files.Count(f => f.EndsWith(".es.md", StringComparison.Ordinal)) >= 2);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.True(text.Split("\n::: for ").Length - 1 >= 2, $"{file} has fewer than two tailored blocks");
            Assert.Contains("sources:", text);
        }
    }
}
