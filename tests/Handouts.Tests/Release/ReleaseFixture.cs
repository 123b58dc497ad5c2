using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Release;

/// <summary>One release of a small clinic with PDFs, built once for the tests that only read it.</summary>
public sealed class ReleaseFixture : IDisposable
{
    public ReleaseFixture()
    {
        Site = TestSite.Create(
            "-- content/handouts/bones.en.md --\n" + TestSite.Handout() +
            "\n-- content/handouts/walking.en.md --\n" + TestSite.Handout(title: "Walking", frontMatterExtra: "").Replace("reviewed: 2026-10-01", "reviewed: 2026-11-03", StringComparison.Ordinal));
        Result = SiteBuilder.Build(new BuildOptions(Site.Content, Site.Templates, Site.Out, Today: TestSite.Today, ReleaseDir: Release));
    }

    internal TestSite Site { get; }

    internal BuildResult Result { get; }

    public string Release => Path.Combine(Site.Root, "release");

    public void Dispose() => Site.Dispose();
}
