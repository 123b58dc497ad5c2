using Handouts.Tests.Support;

namespace Handouts.Tests.Pdf;

public sealed class PdfFontSettingTests
{
    [Fact]
    public void Fonts_are_configurable_in_site_yml()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        site.Write("content/site.yml", TestSite.SiteYml + "\nfonts:\n  - regular: fonts/NotoSans-Regular.ttf\n    bold: fonts/NotoSans-Bold.ttf\n");
        site.BuildOk();
        using var pdf = site.OpenPdf("en/bones/prostate--adt.pdf");
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().ToList();
        Assert.All(fonts, f => Assert.Contains("+NotoSans-", f));

        site.Write("content/site.yml", TestSite.SiteYml + "\nfonts:\n  - regular: fonts/Missing-Regular.ttf\n");
        var missing = site.Build();
        Assert.Contains("Missing-Regular.ttf", Assert.Single(missing.Diagnostics, d => d.Code == "HND050").Message);
    }
}
