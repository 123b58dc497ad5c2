using Handouts.Build;
using Handouts.Cli;
using Handouts.Tests.Support;

namespace Handouts.Tests.Pdf;

/// <summary>Every PDF prints a QR code of its page's address, and a QR code holds at most 2,331 bytes.</summary>
public sealed class QrAddressLengthTests
{
    private static readonly string LongUrl = "https://clinic.example.org/" + new string('a', 3000) + "/";

    [Fact]
    public void A_base_url_too_long_for_a_qr_code_is_a_usage_error()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        var output = new StringWriter();
        var error = new StringWriter();
        var code = App.Run(["build", "--content", site.Content, "--templates", site.Templates, "--out", site.Out, "--base-url", LongUrl], output, error);
        Assert.Equal(2, code);
        Assert.Contains("--base-url", error.ToString());
        Assert.Contains("at most 200", error.ToString());
        Assert.DoesNotContain("Exception", error.ToString());
        Assert.False(Directory.Exists(site.Out));
    }

    [Fact]
    public void HND004_a_base_url_in_site_yml_longer_than_200_characters()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        site.Write("content/site.yml", TestSite.SiteYml.Replace("https://clinic.example.org/bones/", LongUrl, StringComparison.Ordinal));
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        var d = DiagnosticAssert.Has(result, "HND004", "site.yml", 6, 11);
        Assert.Contains("at most 200", d.Message);
    }

    /// <summary>Past the command line's check (the builder called directly), the renderer still reports, not throws.</summary>
    [Fact]
    public void HND055_a_page_address_too_long_for_a_qr_code_is_an_error_at_the_handout()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        var result = SiteBuilder.Build(new BuildOptions(site.Content, site.Templates, site.Out, LongUrl, Today: TestSite.Today));
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        var d = DiagnosticAssert.Has(result, "HND055", "bones.en.md", 1);
        Assert.Contains("QR code", d.Message);
    }
}
