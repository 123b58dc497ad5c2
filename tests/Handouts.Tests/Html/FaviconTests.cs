using Handouts.Tests.Support;

namespace Handouts.Tests.Html;

/// <summary>Browsers ask every site for <c>/favicon.ico</c>: the site answers, and every page links its icon.</summary>
public sealed class FaviconTests
{
    [Fact]
    public void The_site_root_has_favicon_ico_and_every_page_links_the_icons()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        site.BuildOk();
        var ico = File.ReadAllBytes(Path.Combine(site.Out, "favicon.ico"));
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, ico[..4]);
        Assert.Contains("<svg", site.Page("assets/favicon.svg"));

        Assert.Contains("<link rel=\"icon\" href=\"../../favicon.ico\" sizes=\"16x16 32x32 48x48\">", site.Page("en/bones/prostate--adt.html"));
        Assert.Contains("<link rel=\"icon\" href=\"../../assets/favicon.svg\" type=\"image/svg+xml\">", site.Page("en/bones/index.html"));
        Assert.Contains("<link rel=\"icon\" href=\"favicon.ico\"", site.Page("index.html"));
        Assert.Contains("<link rel=\"icon\" href=\"https://clinic.example.org/bones/favicon.ico\"", site.Page("404.html"));
    }

    [Fact]
    public void A_clinic_theme_without_an_icon_publishes_the_built_in_one_and_its_own_replaces_it()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        var icon = Path.Combine(site.Templates, "assets", "favicon.ico");
        var builtIn = File.ReadAllBytes(icon);
        File.Delete(icon);
        site.BuildOk();
        Assert.Equal(builtIn, File.ReadAllBytes(Path.Combine(site.Out, "favicon.ico")));

        File.WriteAllBytes(icon, [0, 0, 1, 0]);
        site.BuildOk();
        Assert.Equal([0, 0, 1, 0], File.ReadAllBytes(Path.Combine(site.Out, "favicon.ico")));
    }
}
