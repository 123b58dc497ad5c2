using System.IO.Compression;
using Handouts.Cli;
using Handouts.Tests.Support;

namespace Handouts.Tests.Release;

public sealed class VerifyTests(ReleaseFixture release) : IClassFixture<ReleaseFixture>
{
    private string Manifest => Path.Combine(release.Release, "manifest.json");

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = App.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>site.zip unzipped into a fresh folder, as a web host would receive it.</summary>
    private static TempFolder Unzipped(string zip)
    {
        var folder = new TempFolder();
        ZipFile.ExtractToDirectory(zip, folder.Path);
        return folder;
    }

    [Fact]
    public void An_unzipped_release_matches_its_manifest_with_exit_0()
    {
        using var site = Unzipped(Path.Combine(release.Release, "site.zip"));
        var (code, output, error) = Run("verify", site.Path, "--manifest", Manifest);
        Assert.True(code == 0, error);
        Assert.Contains("matches its manifest", output);
    }

    [Fact]
    public void The_built_output_matches_too_its_marker_is_not_an_extra_file()
    {
        var (code, _, error) = Run("verify", release.Site.Out, "--manifest", Manifest);
        Assert.True(code == 0, error);
    }

    [Fact]
    public void A_manifest_copied_into_the_site_is_found_there_and_is_not_an_extra_file()
    {
        using var site = Unzipped(Path.Combine(release.Release, "site.zip"));
        File.Copy(Manifest, Path.Combine(site.Path, "manifest.json"));
        var (code, _, error) = Run("verify", site.Path);
        Assert.True(code == 0, error);
    }

    [Fact]
    public void A_missing_file_is_reported_and_exits_1()
    {
        using var site = Unzipped(Path.Combine(release.Release, "site.zip"));
        File.Delete(Path.Combine(site.Path, "en", "bones", "index.html"));
        var (code, _, error) = Run("verify", site.Path, "--manifest", Manifest);
        Assert.Equal(1, code);
        Assert.Matches(@"en/bones/index\.html: error HND060: is in the manifest but not in the site", error);
        Assert.Contains("differs from its manifest in 1 file(s)", error);
    }

    [Fact]
    public void An_extra_file_is_reported_and_exits_1()
    {
        using var site = Unzipped(Path.Combine(release.Release, "site.zip"));
        File.WriteAllText(Path.Combine(site.Path, "en", "planted.html"), "<p>not ours</p>");
        var (code, _, error) = Run("verify", site.Path, "--manifest", Manifest);
        Assert.Equal(1, code);
        Assert.Matches(@"en/planted\.html: error HND061: is in the site but not in the manifest", error);
        Assert.Contains("in 1 file(s)", error);
    }

    [Fact]
    public void A_changed_file_is_reported_even_at_the_same_size_and_exits_1()
    {
        using var site = Unzipped(Path.Combine(release.Release, "site.zip"));
        var page = Path.Combine(site.Path, "index.html");
        var bytes = File.ReadAllBytes(page);
        bytes[^2] ^= 0x20;
        File.WriteAllBytes(page, bytes);
        var (code, _, error) = Run("verify", site.Path, "--manifest", Manifest);
        Assert.Equal(1, code);
        Assert.Matches(@"index\.html: error HND062: has changed: \d+ bytes, SHA-256 [0-9a-f]{64}; the manifest has \d+ bytes", error);
        Assert.Contains("in 1 file(s)", error);
    }

    [Fact]
    public void Every_difference_is_printed_not_only_the_first()
    {
        using var site = Unzipped(Path.Combine(release.Release, "site.zip"));
        File.Delete(Path.Combine(site.Path, "sitemap.xml"));
        File.WriteAllText(Path.Combine(site.Path, "extra.txt"), "x");
        File.AppendAllText(Path.Combine(site.Path, "404.html"), "\n");
        var (code, _, error) = Run("verify", site.Path, "--manifest", Manifest);
        Assert.Equal(1, code);
        Assert.Contains("HND060", error);
        Assert.Contains("HND061", error);
        Assert.Contains("HND062", error);
        Assert.Contains("in 3 file(s)", error);
    }

    [Fact]
    public void A_link_leading_out_of_the_site_is_a_changed_file_not_followed()
    {
        using var site = Unzipped(Path.Combine(release.Release, "site.zip"));
        var page = Path.Combine(site.Path, "index.html");
        var outside = Path.Combine(release.Site.Out, "index.html");
        File.Delete(page);
        File.CreateSymbolicLink(page, outside);
        var (code, _, error) = Run("verify", site.Path, "--manifest", Manifest);
        Assert.Equal(1, code);
        Assert.Contains("index.html: error HND062: could not be read: it leads outside the site folder", error);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("not json")]
    [InlineData("{\"schema\":\"handouts-manifest/1\",\"files\":[{\"path\":\"../etc/passwd\",\"size\":1,\"sha256\":\"00\"}]}")]
    public void Without_a_usable_manifest_verify_is_a_usage_error(string manifest)
    {
        using var site = Unzipped(Path.Combine(release.Release, "site.zip"));
        using var other = new TempFolder();
        Directory.CreateDirectory(other.Path);
        File.WriteAllText(Path.Combine(other.Path, "manifest.json"), manifest);
        var (code, _, error) = Run("verify", site.Path, "--manifest", Path.Combine(other.Path, "manifest.json"));
        Assert.Equal(2, code);
        Assert.Contains("HND063", error);
        Assert.Equal(2, Run("verify", site.Path).Code);
    }
}
