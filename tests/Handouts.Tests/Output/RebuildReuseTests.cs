using System.Diagnostics;
using Handouts.Tests.Support;

namespace Handouts.Tests.Output;

/// <summary>A rebuild makes the files that come out byte for byte as before second names (hard links) of the previous
/// site's files, on Linux; everywhere the output must be exactly what a clean build writes.</summary>
public sealed class RebuildReuseTests
{
    [Fact]
    public void A_rebuild_reuses_the_files_that_did_not_change_and_writes_those_that_did()
    {
        using var site = TestSite.Create(Site("First text."));
        site.BuildOk();
        var stays = Path.Combine(site.Out, "en/stays/index.html");
        var changes = Path.Combine(site.Out, "en/changes/index.html");
        var staysBefore = Inode(stays);
        var changesBefore = Inode(changes);

        site.Write("content/handouts/changes.en.md", TestSite.Handout(body: "## Section\n\nSecond text.\n"));
        site.BuildOk();

        Assert.Contains("Second text.", File.ReadAllText(changes), StringComparison.Ordinal);
        Assert.NotEqual(changesBefore, Inode(changes));
        // Elsewhere every file is written afresh (PreviousSite says why), so only Linux keeps the inode.
        if (OperatingSystem.IsLinux()) Assert.Equal(staysBefore, Inode(stays));
        else Assert.NotEqual(staysBefore, Inode(stays));

        // Linked or written, the site is the one a clean build of the same content writes.
        var clean = Path.Combine(site.Root, "clean");
        Assert.Equal(Handouts.Build.BuildOutcome.Succeeded, site.Build(strict: true, outDir: clean).Outcome);
        Assert.Equal(OutputTree.Snapshot(clean), OutputTree.Snapshot(site.Out));
    }

    [Fact]
    public void A_symbolic_link_in_the_previous_site_is_written_over_never_reused()
    {
        using var site = TestSite.Create(Site("First text."));
        site.BuildOk();
        var page = Path.Combine(site.Out, "en/stays/index.html");
        var outside = Path.Combine(site.Root, "outside.html");
        File.Copy(page, outside);
        File.Delete(page);
        File.CreateSymbolicLink(page, outside);

        site.BuildOk();

        Assert.Null(new FileInfo(page).LinkTarget);
        Assert.Equal(File.ReadAllBytes(outside), File.ReadAllBytes(page));
        Assert.NotEqual(Inode(outside), Inode(page));
    }

    [Fact]
    public void Links_inside_the_previous_site_go_with_it_and_what_they_point_at_survives()
    {
        using var site = TestSite.Create(Site("First text."));
        site.BuildOk();
        var outside = Path.Combine(site.Root, "keep");
        Directory.CreateDirectory(Path.Combine(outside, "inner"));
        File.WriteAllText(Path.Combine(outside, "inner", "file.txt"), "keep me");
        Directory.CreateSymbolicLink(Path.Combine(site.Out, "en", "folder-link"), outside);
        File.CreateSymbolicLink(Path.Combine(site.Out, "en", "stays", "file-link"), Path.Combine(outside, "inner", "file.txt"));

        site.BuildOk();

        Assert.False(Path.Exists(Path.Combine(site.Out, "en", "folder-link")));
        Assert.False(Path.Exists(Path.Combine(site.Out, "en", "stays", "file-link")));
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(outside, "inner", "file.txt")));
        Assert.Empty(OutputTree.Leftovers(site.Root));
    }

    private static string Site(string changingText) =>
        "-- content/handouts/stays.en.md --\n" + TestSite.Handout(title: "Stays the same")
        + "\n-- content/handouts/changes.en.md --\n" + TestSite.Handout(title: "Changes", body: $"## Section\n\n{changingText}\n");

    /// <summary>The file's inode number, from stat(1) (.NET does not expose it); the tests run where stat(1) exists.</summary>
    private static string Inode(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", OperatingSystem.IsLinux() ? ["-c", "%i", path] : ["-f", "%i", path]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        Assert.Equal(0, stat.ExitCode);
        return inode;
    }
}
