using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Handouts.Build;
using Handouts.Cli;
using Handouts.Tests.Support;

namespace Handouts.Tests.Release;

public sealed class ReleaseTests(ReleaseFixture release) : IClassFixture<ReleaseFixture>
{
    private static readonly DateTime NewestReview = new(2026, 11, 3, 0, 0, 0);

    [Fact]
    public void A_release_holds_the_site_zip_the_pdfs_the_manifest_and_the_sums()
    {
        Assert.Equal(BuildOutcome.Succeeded, release.Result.Outcome);
        var pdfs = SiteFiles().Keys.Where(p => p.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pdfs);
        foreach (var pdf in pdfs) Assert.Equal(SiteFiles()[pdf], File.ReadAllBytes(Path.Combine(release.Release, "pdf", pdf)));
        Assert.True(File.Exists(Path.Combine(release.Release, "site.zip")));
        Assert.True(File.Exists(Path.Combine(release.Release, "manifest.json")));
        Assert.True(File.Exists(Path.Combine(release.Release, "SHA256SUMS")));
    }

    [Fact]
    public void The_zip_holds_the_site_sorted_with_one_timestamp_and_fixed_permissions()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(release.Release, "site.zip"));
        var site = SiteFiles();
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(site.Keys.Order(StringComparer.Ordinal), names);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        foreach (var entry in zip.Entries)
        {
            Assert.Equal(NewestReview, entry.LastWriteTime.DateTime);
            Assert.Equal(unchecked((int)0x81A40000), entry.ExternalAttributes);
            using var data = new MemoryStream();
            using (var s = entry.Open()) s.CopyTo(data);
            Assert.True(data.ToArray().SequenceEqual(site[entry.FullName]), $"{entry.FullName} differs from the site");
        }
    }

    [Fact]
    public void The_manifest_lists_every_file_with_its_size_and_sha256_the_generator_and_the_date()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(release.Release, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal("handouts-manifest/1", root.GetProperty("schema").GetString());
        Assert.StartsWith("handouts 0.", root.GetProperty("generator").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("content_commit").ValueKind);
        Assert.Equal("2026-11-03T00:00:00Z", root.GetProperty("build_date").GetString());
        var listed = root.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!);
        var site = SiteFiles();
        Assert.Equal(site.Keys.Order(StringComparer.Ordinal), listed.Keys);
        foreach (var (path, bytes) in site)
        {
            Assert.Equal(bytes.Length, listed[path].GetProperty("size").GetInt64());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), listed[path].GetProperty("sha256").GetString());
        }
    }

    [Fact]
    public void SHA256SUMS_is_checked_by_sha256sum()
    {
        var sums = File.ReadAllLines(Path.Combine(release.Release, "SHA256SUMS"));
        Assert.Contains(sums, l => l.EndsWith("  site.zip", StringComparison.Ordinal));
        Assert.Contains(sums, l => l.EndsWith("  manifest.json", StringComparison.Ordinal));
        Assert.Contains(sums, l => l.Contains("  pdf/en/bones/", StringComparison.Ordinal));
        using var check = Process.Start(new ProcessStartInfo("sha256sum", ["-c", "--strict", "SHA256SUMS"]) { WorkingDirectory = release.Release, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var said = check.StandardOutput.ReadToEnd() + check.StandardError.ReadToEnd();
        check.WaitForExit();
        Assert.True(check.ExitCode == 0, said);
        Assert.Equal(sums.Length, said.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.EndsWith(": OK", StringComparison.Ordinal)));
    }

    [Fact]
    public void Two_release_builds_of_the_same_input_are_byte_identical()
    {
        using var site = TestSite.Create("");
        var content = Path.Combine(site.Root, "real");
        TestSite.CopyDirectory(Path.Combine(TestSite.RepoRoot, "content"), content);
        var first = new BuildOptions(content, site.Templates, Path.Combine(site.Root, "a"), ReleaseDir: Path.Combine(site.Root, "release-a"));
        Assert.Equal(BuildOutcome.Succeeded, SiteBuilder.Build(first).Outcome);
        Assert.Equal(BuildOutcome.Succeeded, SiteBuilder.Build(first with { OutDir = Path.Combine(site.Root, "b"), ReleaseDir = Path.Combine(site.Root, "release-b") }).Outcome);
        var a = OutputTree.Files(Path.Combine(site.Root, "release-a"));
        var b = OutputTree.Files(Path.Combine(site.Root, "release-b"));
        Assert.Contains("site.zip", a.Keys);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        foreach (var (path, bytes) in a) Assert.True(bytes.SequenceEqual(b[path]), $"{path} differs between two release builds");
    }

    [Theory]
    [InlineData("_site/release")]
    [InlineData("content/release")]
    [InlineData(".")]
    public void A_release_folder_in_or_around_the_output_or_the_content_is_a_usage_error(string where)
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        var error = new StringWriter();
        var code = App.Run(["build", "--content", site.Content, "--templates", site.Templates, "--out", site.Out, "--no-pdf", "--release", Path.Combine(site.Root, where)], TextWriter.Null, error);
        Assert.Equal(2, code);
        Assert.Contains("HND020", error.ToString());
        Assert.False(Directory.Exists(site.Out), "nothing is built when the release folder is refused");
    }

    [Fact]
    public void The_release_date_is_SOURCE_DATE_EPOCH_else_the_newest_review_date()
    {
        DateOnly[] reviewed = [new(2025, 3, 1), new(2026, 2, 14), new(2024, 12, 31)];
        Assert.Equal(new DateTimeOffset(2026, 2, 14, 0, 0, 0, TimeSpan.Zero), ReleaseInfo.DateOf(null, reviewed));
        var epoch = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        Assert.Equal(epoch, ReleaseInfo.DateOf(epoch, reviewed));
    }

    /// <summary>The built site, without the marker the output folder carries for the next build.</summary>
    private Dictionary<string, byte[]> SiteFiles() =>
        OutputTree.Files(release.Site.Out).Where(f => f.Key != ".handouts-output").ToDictionary();
}
