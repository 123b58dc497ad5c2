using Handouts.Tests.Support;

namespace Handouts.Tests.Docs;

/// <summary>Every relative link in README.md and docs/*.md leads to a file that exists and, with '#', to a heading that
/// exists in it, so moving or renaming a section cannot leave a dead link behind.</summary>
public sealed class DocLinksTests
{
    public static TheoryData<string> Pages => [.. MarkdownPages.All];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_relative_link_leads_to_a_file_and_heading_that_exist(string page)
    {
        var problems = new List<string>();
        var root = Path.GetFullPath(TestSite.RepoRoot);
        foreach (var (line, target) in MarkdownPages.Links(MarkdownPages.Read(page)))
        {
            if (target.Contains(':', StringComparison.Ordinal)) continue; // https:, mailto: ...: not a file here
            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var path = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var file = path.Length == 0
                ? Path.Combine(root, page)
                : Path.GetFullPath(Path.Combine(root, Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path)));
            if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                problems.Add($"{page}({line}): '{target}' leads out of the repository");
            else if (!File.Exists(file) && !Directory.Exists(file))
                problems.Add($"{page}({line}): '{target}': no such file");
            else if (anchor is not null && file.EndsWith(".md", StringComparison.Ordinal) && !MarkdownPages.Anchors(File.ReadAllText(file)).Contains(anchor))
                problems.Add($"{page}({line}): '{target}': no heading with that anchor in {Path.GetRelativePath(root, file)}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("The clinic: `site.yml` and `taxonomy.yml`", "the-clinic-siteyml-and-taxonomyyml")]
    [InlineData("Start a clinic's repository", "start-a-clinics-repository")]
    [InlineData("Printed handouts (PDFs)", "printed-handouts-pdfs")]
    [InlineData("Restyle the site: the theme", "restyle-the-site-the-theme")]
    public void Anchors_are_made_as_github_makes_them(string heading, string anchor) =>
        Assert.Equal(anchor, MarkdownPages.Slug(heading));

    [Fact]
    public void A_repeated_heading_gets_a_numbered_anchor_and_headings_in_code_are_not_headings()
    {
        var anchors = MarkdownPages.Anchors("# Notes\n\n```yaml\n# site.yml\n```\n\n## Notes\n");
        Assert.Equal(["notes", "notes-1"], anchors.Order());
    }

    [Fact]
    public void Links_inside_code_are_not_links()
    {
        var links = MarkdownPages.Links("See [the guide](docs/web.md).\n\nWrite `![alt](../images/hip.png)`.\n\n```markdown\n[x](y.md)\n```\n");
        Assert.Equal([(1, "docs/web.md")], links);
    }
}
