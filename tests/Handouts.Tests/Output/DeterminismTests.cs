using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Output;

public sealed class DeterminismTests
{
    [Fact]
    public void The_same_input_gives_byte_identical_output()
    {
        using var site = TestSite.Create("");
        TestSite.CopyDirectory(Path.Combine(TestSite.RepoRoot, "content"), Path.Combine(site.Root, "real"));
        var options = new BuildOptions(Path.Combine(site.Root, "real"), site.Templates, Path.Combine(site.Root, "a"));
        Assert.Equal(BuildOutcome.Succeeded, SiteBuilder.Build(options).Outcome);
        Assert.Equal(BuildOutcome.Succeeded, SiteBuilder.Build(options with { OutDir = Path.Combine(site.Root, "b") }).Outcome);
        var a = Files(Path.Combine(site.Root, "a"));
        var b = Files(Path.Combine(site.Root, "b"));
        Assert.True(a.Count > 50);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        foreach (var (path, bytes) in a) Assert.True(bytes.SequenceEqual(b[path]), $"{path} differs between two builds");
    }

    private static Dictionary<string, byte[]> Files(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);
}
