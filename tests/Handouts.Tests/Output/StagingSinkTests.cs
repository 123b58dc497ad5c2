using Handouts.Output;
using Handouts.Tests.Support;

namespace Handouts.Tests.Output;

/// <summary>Every write goes through the staging sink, which refuses any path that would land outside the staging
/// folder, whatever produced it.</summary>
public sealed class StagingSinkTests
{
    [Theory]
    [InlineData("../escape.html")]
    [InlineData("en/../../escape.html")]
    [InlineData("en/..")]
    [InlineData("./escape.html")]
    [InlineData("en/./escape.html")]
    [InlineData("/tmp/escape.html")]
    [InlineData("C:/escape.html")]
    [InlineData("c:escape.html")]
    [InlineData("escape.html:stream")]
    [InlineData("..\\escape.html")]
    [InlineData("en\\escape.html")]
    [InlineData("en/escape\0.html")]
    [InlineData("en//escape.html")]
    [InlineData("en/")]
    [InlineData("")]
    [InlineData("en/escape.")]
    [InlineData("en/.. /escape.html")]
    public void Refuses_a_path_that_could_lead_out_of_the_staging_folder(string path)
    {
        using var site = TestSite.Create("");
        using var claim = Claim(site);
        using var staged = claim.Stage(null);

        Assert.Throws<UnsafeOutputPathException>(() => staged.WriteText(path, "x"));
        Assert.Throws<UnsafeOutputPathException>(() => staged.WriteBytes(path, [1]));
        Assert.Empty(Directory.GetFileSystemEntries(staged.Staging));
        Assert.False(File.Exists(Path.Combine(site.Root, "escape.html")));
    }

    [Fact]
    public void Refuses_to_write_through_a_symbolic_link_in_the_staging_folder()
    {
        using var site = TestSite.Create("");
        var outside = Path.Combine(site.Root, "outside");
        Directory.CreateDirectory(outside);
        using var claim = Claim(site);
        using var staged = claim.Stage(null);
        staged.WriteText("en/bones/index.html", "fine");
        Assert.Equal("fine", File.ReadAllText(Path.Combine(staged.Staging, "en", "bones", "index.html")));

        Directory.CreateSymbolicLink(Path.Combine(staged.Staging, "es"), outside);
        var e = Assert.Throws<UnsafeOutputPathException>(() => staged.WriteText("es/bones/index.html", "x"));
        Assert.Contains("symbolic link", e.Message);
        // A link in place of the file itself is never followed: the file is created new, or not at all.
        File.CreateSymbolicLink(Path.Combine(staged.Staging, "index.html"), Path.Combine(outside, "victim.html"));
        Assert.ThrowsAny<IOException>(() => staged.WriteText("index.html", "x"));
        Assert.ThrowsAny<IOException>(() => staged.WriteBytes("index.html", [1, 2, 3]));
        Assert.Empty(Directory.GetFileSystemEntries(outside));
    }

    private static OutputClaim Claim(TestSite site)
    {
        var (claim, refusal) = OutputClaim.Take(site.Out, site.Content, site.Templates, TimeSpan.Zero);
        Assert.Null(refusal);
        return claim!;
    }
}
