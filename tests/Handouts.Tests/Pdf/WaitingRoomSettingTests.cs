using Handouts.Tests.Support;

namespace Handouts.Tests.Pdf;

/// <summary><c>waiting_room_prints: false</c> leaves out the packs, posters and their staff page, and nothing else.</summary>
public sealed class WaitingRoomSettingTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Waiting_room_prints_follow_site_yml_and_handout_pdfs_are_made_either_way(bool prints)
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        site.Write("content/site.yml", TestSite.SiteYml + $"\nwaiting_room_prints: {(prints ? "true" : "false")}\n");
        site.BuildOk();
        Assert.True(site.Exists("en/bones/prostate--adt.pdf"));
        Assert.Equal(prints, site.Exists("print/index.html"));
        Assert.Equal(prints, site.Exists("print/en/poster.pdf"));
        Assert.Equal(prints, Directory.Exists(Path.Combine(site.Out, "print", "en", "packs")));
    }
}
