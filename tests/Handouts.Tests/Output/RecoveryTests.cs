using Handouts.Build;
using Handouts.Cli;
using Handouts.Output;
using Handouts.Tests.Support;

namespace Handouts.Tests.Output;

/// <summary>What a stopped build leaves beside the output is put right by the next build, judged by the journal and
/// never by folder times; nothing a journal or a planted name says can make a build touch anything else.</summary>
public sealed class RecoveryTests
{
    private static TestSite Site() => TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());

    private static void BreakContent(TestSite site) => site.Write("content/handouts/broken.en.md", TestSite.Handout(cancers: "[nonsense]"));

    [Fact]
    public void A_build_killed_while_rendering_leaves_a_staging_folder_the_next_build_removes_at_once()
    {
        using var site = Site();
        Assert.Equal(BuildOutcome.Succeeded, site.Build(pdf: false).Outcome);
        var before = OutputTree.Snapshot(site.Out);

        // Killed mid-render: the staging folder and its journal stay; the kernel drops the lock.
        var (claim, refusal) = OutputClaim.Take(site.Out, site.Content, site.Templates, TimeSpan.Zero);
        Assert.Null(refusal);
        var staged = claim!.Stage(null);
        staged.WriteText("en/index.html", "half a site");
        claim.Dispose();
        Assert.True(Directory.Exists(staged.Staging));

        BreakContent(site);
        Assert.Equal(BuildOutcome.ContentErrors, site.Build(pdf: false).Outcome);
        Assert.Equal(before, OutputTree.Snapshot(site.Out));
        Assert.Empty(OutputTree.Leftovers(site.Root));
    }

    [Fact]
    public void An_earlier_version_killed_between_its_two_renames_gets_its_site_back_and_the_build_says_so()
    {
        using var site = Site();
        Assert.Equal(BuildOutcome.Succeeded, site.Build(pdf: false).Outcome);
        var before = OutputTree.Snapshot(site.Out);
        // What the versions without a journal left: no output, only the moved-aside previous site, an hour old or not.
        var backup = Path.Combine(site.Root, $".handouts-old-_site-{Guid.NewGuid():N}");
        Directory.Move(site.Out, backup);
        Directory.SetLastWriteTimeUtc(backup, DateTime.UtcNow.AddHours(-3));

        BreakContent(site);
        var error = new StringWriter();
        var code = App.Run(["build", "--content", site.Content, "--templates", site.Templates, "--out", site.Out, "--no-pdf"], new StringWriter(), error);
        Assert.Equal(1, code);
        Assert.Contains("note: restored the previous site", error.ToString());
        Assert.Equal(before, OutputTree.Snapshot(site.Out));
        Assert.Empty(OutputTree.Leftovers(site.Root));
    }

    [Fact]
    public void Unrecorded_staging_folders_of_this_output_are_removed_whatever_their_age_and_another_outputs_are_not()
    {
        using var site = Site();
        var recent = Path.Combine(site.Root, $".handouts-staging-_site-{Guid.NewGuid():N}");
        var other = Path.Combine(site.Root, $".handouts-staging-_site-a-{Guid.NewGuid():N}");
        var notOurs = Path.Combine(site.Root, ".handouts-staging-_site-keep");
        foreach (var dir in new[] { recent, other, notOurs }) Directory.CreateDirectory(dir);
        Assert.Equal(BuildOutcome.Succeeded, site.Build(pdf: false).Outcome);
        Assert.False(Directory.Exists(recent), "under the lock, no build of this output can still be using it");
        Assert.True(Directory.Exists(other), "it belongs to the output _site-a, which has its own lock");
        Assert.True(Directory.Exists(notOurs), "not a name a build makes");
    }

    [Fact]
    public void A_planted_journal_cannot_steer_a_build_into_deleting_or_moving_anything_else()
    {
        using var site = Site();
        Assert.Equal(BuildOutcome.Succeeded, site.Build(pdf: false).Outcome);
        var before = OutputTree.Snapshot(site.Out);
        var victim = Path.Combine(site.Root, "victim");
        site.Write("victim/keep.txt", "keep me");
        site.Write(".handouts-journal-_site", "handouts-journal 1\nstep swapping\nstaging ../victim\nbackup ../victim\n");
        Assert.Equal(BuildOutcome.Succeeded, site.Build(pdf: false).Outcome);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(victim, "keep.txt")));

        // A backup name of the right shape that is a link: the link is removed, never followed.
        var linked = $".handouts-old-_site-{Guid.NewGuid():N}";
        Directory.CreateSymbolicLink(Path.Combine(site.Root, linked), victim);
        site.Write(".handouts-journal-_site", $"handouts-journal 1\nstep cleaning\nstaging .handouts-staging-_site-{Guid.NewGuid():N}\nbackup {linked}\n");
        BreakContent(site);
        Assert.Equal(BuildOutcome.ContentErrors, site.Build(pdf: false).Outcome);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(victim, "keep.txt")));
        Assert.Equal(before, OutputTree.Snapshot(site.Out));
        Assert.Empty(OutputTree.Leftovers(site.Root));
    }

    [Fact]
    public void A_lock_file_planted_as_a_link_is_refused_and_what_it_points_to_is_untouched()
    {
        using var site = Site();
        site.Write("secret.txt", "token");
        File.CreateSymbolicLink(Path.Combine(site.Root, ".handouts-lock-_site"), Path.Combine(site.Root, "secret.txt"));
        var result = site.Build(pdf: false);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a symbolic link", Assert.Single(result.Diagnostics, d => d.Code == "HND020").Message);
        Assert.Equal("token", File.ReadAllText(Path.Combine(site.Root, "secret.txt")));
    }
}
