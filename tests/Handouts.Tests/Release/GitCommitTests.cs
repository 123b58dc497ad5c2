using Handouts.Files;
using Handouts.Tests.Support;

namespace Handouts.Tests.Release;

/// <summary>The content commit a release records, read from .git without running git, and only ever a commit id.</summary>
public sealed class GitCommitTests
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";

    private static string Repository(TempFolder folder, string head, params (string Path, string Text)[] files)
    {
        var content = Path.Combine(folder.Path, "content");
        Directory.CreateDirectory(content);
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));
        File.WriteAllText(Path.Combine(folder.Path, ".git", "HEAD"), head);
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(folder.Path, ".git", path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return content;
    }

    [Fact]
    public void A_branch_checkout_gives_the_commit_its_ref_names()
    {
        using var folder = new TempFolder();
        Assert.Equal(Commit, GitCommit.Of(Repository(folder, "ref: refs/heads/main\n", ("refs/heads/main", Commit + "\n"))));
    }

    [Fact]
    public void A_packed_ref_is_found_in_packed_refs()
    {
        using var folder = new TempFolder();
        var packed = $"# pack-refs with: peeled fully-peeled sorted\n{new string('f', 40)} refs/heads/other\n{Commit} refs/heads/main\n";
        Assert.Equal(Commit, GitCommit.Of(Repository(folder, "ref: refs/heads/main\n", ("packed-refs", packed))));
    }

    [Fact]
    public void A_detached_head_is_the_commit()
    {
        using var folder = new TempFolder();
        Assert.Equal(Commit, GitCommit.Of(Repository(folder, Commit + "\n")));
    }

    [Theory]
    [InlineData("ref: refs/../../../../etc/hostname\n")]
    [InlineData("ref: /etc/hostname\n")]
    [InlineData("ref: HEAD\n")]
    [InlineData("not a commit at all\n")]
    public void A_head_that_names_anything_else_gives_no_commit(string head)
    {
        using var folder = new TempFolder();
        Assert.Null(GitCommit.Of(Repository(folder, head)));
    }

    [Fact]
    public void A_ref_linked_outside_the_git_folder_is_not_read()
    {
        using var folder = new TempFolder();
        var content = Repository(folder, "ref: refs/heads/main\n");
        var secret = Path.Combine(folder.Path, "secret");
        File.WriteAllText(secret, Commit);
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git", "refs", "heads"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, ".git", "refs", "heads", "main"), secret);
        Assert.Null(GitCommit.Of(content));
    }

    [Fact]
    public void A_dot_git_file_pointing_elsewhere_is_not_followed()
    {
        using var folder = new TempFolder();
        var elsewhere = Path.Combine(folder.Path, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "HEAD"), Commit);
        var repo = Path.Combine(folder.Path, "repo");
        Directory.CreateDirectory(Path.Combine(repo, "content"));
        File.WriteAllText(Path.Combine(repo, ".git"), "gitdir: " + elsewhere + "\n");
        Assert.Null(GitCommit.Of(Path.Combine(repo, "content")));
    }

    [Fact]
    public void A_release_of_a_checkout_records_its_commit()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        Directory.CreateDirectory(Path.Combine(site.Root, ".git", "refs", "heads"));
        File.WriteAllText(Path.Combine(site.Root, ".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(site.Root, ".git", "refs", "heads", "main"), Commit + "\n");
        var release = Path.Combine(site.Root, "release");
        var result = Handouts.Build.SiteBuilder.Build(new Handouts.Build.BuildOptions(site.Content, site.Templates, site.Out, Today: TestSite.Today, Pdf: false, ReleaseDir: release));
        Assert.Equal(Handouts.Build.BuildOutcome.Succeeded, result.Outcome);
        Assert.Contains($"\"content_commit\": \"{Commit}\"", File.ReadAllText(Path.Combine(release, "manifest.json")));
    }
}
