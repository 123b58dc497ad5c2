using Handouts.Build;
using Handouts.Output;
using Handouts.Tests.Support;

namespace Handouts.Tests.Output;

/// <summary>A commit stopped between any two of its steps. The build that was stopped puts things right itself when it
/// can; a build killed there cannot, and what it leaves on disk (copied at that instant) is put right by the next
/// build, before anything else, even when that build fails. Either way the output is a whole site: the previous one
/// until the new one has moved in, the new one after.</summary>
public sealed class CommitFaultTests
{
    public static TheoryData<string> Steps() => new(Enum.GetNames<CommitStep>());

    [Theory]
    [MemberData(nameof(Steps))]
    public void A_commit_stopped_at_any_step_leaves_a_whole_site_and_the_next_build_puts_everything_right(string stepName)
    {
        var stop = Enum.Parse<CommitStep>(stepName);
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        using var killed = new TempFolder();
        Assert.Equal(BuildOutcome.Succeeded, site.Build(pdf: false).Outcome);
        var previous = OutputTree.Snapshot(site.Out);
        site.Write("content/handouts/bones.en.md", TestSite.Handout(title: "Bones and you, revised"));
        var next = NewSite(site);
        Assert.NotEqual(previous, next);
        var expected = stop < CommitStep.MovedIn ? previous : next;

        var options = new BuildOptions(site.Content, site.Templates, site.Out, Today: TestSite.Today, Pdf: false, OnCommitStep: step =>
        {
            if (step != stop) return;
            CopyAsKilled(site.Root, killed.Path);
            throw new InvalidOperationException($"stopped after {step}");
        });
        Assert.Contains($"stopped after {stop}", Assert.Throws<InvalidOperationException>(() => SiteBuilder.Build(options)).Message);
        Assert.Equal(expected, OutputTree.Snapshot(site.Out));
        Assert.Empty(OutputTree.Leftovers(site.Root));
        Assert.Equal(BuildOutcome.Succeeded, site.Build(pdf: false).Outcome);
        Assert.Equal(next, OutputTree.Snapshot(site.Out));

        // The kill: the disk as it was at that step. Between the two renames there is no output at all.
        var output = Path.Combine(killed.Path, "_site");
        Assert.Equal(stop != CommitStep.MovedAside, Directory.Exists(output));
        File.WriteAllText(Path.Combine(killed.Path, "content", "handouts", "broken.en.md"), TestSite.Handout(cancers: "[nonsense]"));
        var result = SiteBuilder.Build(new BuildOptions(Path.Combine(killed.Path, "content"), Path.Combine(killed.Path, "templates"), output, Today: TestSite.Today, Pdf: false));
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        Assert.Equal(expected, OutputTree.Snapshot(output));
        Assert.Empty(OutputTree.Leftovers(killed.Path));
        Assert.Equal(stop == CommitStep.MovedAside, result.Notes?.Any(n => n.Contains("restored the previous site", StringComparison.Ordinal)) == true);
    }

    /// <summary>Copies every file as it is at this instant. The lock file cannot be read while its lock is held; a kill
    /// leaves it, unlocked and empty.</summary>
    private static void CopyAsKilled(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (Path.GetFileName(file).StartsWith(".handouts-lock-", StringComparison.Ordinal)) File.WriteAllBytes(target, []);
            else File.Copy(file, target);
        }
    }

    /// <summary>The site the current content makes, built elsewhere (output does not depend on where it is written).</summary>
    private static Dictionary<string, string> NewSite(TestSite site)
    {
        using var elsewhere = new TempFolder();
        var output = Path.Combine(elsewhere.Path, "_site");
        Assert.Equal(BuildOutcome.Succeeded, SiteBuilder.Build(new BuildOptions(site.Content, site.Templates, output, Today: TestSite.Today, Pdf: false)).Outcome);
        return OutputTree.Snapshot(output);
    }
}
