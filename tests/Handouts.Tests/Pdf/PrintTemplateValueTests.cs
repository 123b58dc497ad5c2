using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Pdf;

/// <summary>The print template comes from a stranger's pull request like any content: every attribute value that
/// reaches the PDF is checked, at the template's line when it is written there, else when the output is read.</summary>
public sealed class PrintTemplateValueTests
{
    private static BuildResult BuildWith(string line, int at = 14)
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        var path = Path.Combine(site.Templates, "print.xml");
        var lines = File.ReadAllLines(path).ToList();
        lines.Insert(at, line);
        File.WriteAllLines(path, lines);
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        Assert.False(Directory.Exists(site.Out), "a failed build must write nothing");
        return result;
    }

    private static BuildResult BuildWithRoot(string root)
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        var path = Path.Combine(site.Templates, "print.xml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("<document>", root, StringComparison.Ordinal));
        var result = site.Build();
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        return result;
    }

    [Fact]
    public void HND054_a_tag_that_is_not_a_text_structure_type_is_an_error_at_the_template_line()
    {
        var d = DiagnosticAssert.Has(BuildWith("<text tag=\"P /ActualText (x) /X\">Hi</text>"), "HND054", "print.xml", 15, 7);
        Assert.Contains("P, H1, H2, H3, H4, H5, H6", d.Message);
    }

    [Fact]
    public void HND054_a_tag_made_by_scriban_code_is_checked_when_the_output_is_read()
    {
        var d = DiagnosticAssert.Has(BuildWith("<text tag=\"{{ 'P /ActualText (x) /X' }}\">Hi</text>"), "HND054", "print.xml", 1);
        Assert.Contains("ActualText", d.Message);
    }

    [Theory]
    [InlineData("<text tag=\"H7\">Hi</text>", 7)]
    [InlineData("<text style='headline'>Hi</text>", 7)]
    [InlineData("<text bold=\"yes\">Hi</text>", 7)]
    [InlineData("<text><span link=\"javascript:alert(1)\">Hi</span></text>", 13)]
    [InlineData("<spacer height=\"NaN\"/>", 9)]
    [InlineData("<spacer height=\"1e308\"/>", 9)]
    [InlineData("<spacer height=\"-40\"/>", 9)]
    [InlineData("<box padding=\"1e999\"><text>Hi</text></box>", 6)]
    [InlineData("<box background=\"red\"><text>Hi</text></box>", 6)]
    [InlineData("<box border=\"#12345\"><text>Hi</text></box>", 6)]
    [InlineData("<row><column width=\"0*\"><text>Hi</text></column></row>", 14)]
    [InlineData("<row><column width=\"1e308\"><text>Hi</text></column></row>", 14)]
    [InlineData("<row><column width=\"-120\"><text>Hi</text></column></row>", 14)]
    [InlineData("<list marker=\"roman\"><item>Hi</item></list>", 7)]
    [InlineData("<image src=\"../../etc/secret.png\"/>", 8)]
    [InlineData("<image src=\"/etc/secret.png\"/>", 8)]
    [InlineData("<image src=\"\"/>", 8)]
    public void HND054_a_bad_attribute_value_is_an_error_at_the_template_line(string element, int column) =>
        DiagnosticAssert.Has(BuildWith(element), "HND054", "print.xml", 15, column);

    [Theory]
    [InlineData("<document margin=\"1e308\">")]
    [InlineData("<document margin=\"-1e308\">")]
    [InlineData("<document size=\"legal\">")]
    [InlineData("<document lang=\"en) /Foo (x\">")]
    public void HND054_a_bad_document_attribute_is_an_error_at_its_line(string root) =>
        DiagnosticAssert.Has(BuildWithRoot(root), "HND054", "print.xml", 1, 11);

    /// <summary>Values that Scriban code makes cannot be checked before the template runs: they are checked when its
    /// output is read, and reported at the template.</summary>
    [Theory]
    [InlineData("<document margin=\"{{ '-1e308' }}\">")]
    [InlineData("<document margin=\"{{ 'NaN' }}\">")]
    [InlineData("<document lang=\"{{ 'en) /Foo (x' }}\">")]
    [InlineData("<document size=\"{{ 'legal' }}\">")]
    public void HND054_a_bad_document_attribute_from_code_is_an_error_at_the_template(string root) =>
        DiagnosticAssert.Has(BuildWithRoot(root), "HND054", "print.xml", 1);

    [Theory]
    [InlineData("<spacer height=\"{{ '1e308' }}\"/>")]
    [InlineData("<box padding=\"{{ '-1e308' }}\"><text>Hi</text></box>")]
    [InlineData("<row><column width=\"{{ '0*' }}\"><text>Hi</text></column></row>")]
    [InlineData("<box background=\"{{ 'red' }}\"><text>Hi</text></box>")]
    [InlineData("<text><span link=\"{{ 'not a link' }}\">Hi</span></text>")]
    [InlineData("<list><item {{ 'tag=\"P /X\"' }}>Hi</item></list>")]
    [InlineData("<image src=\"{{ '/etc/secret.png' }}\"/>")]
    [InlineData("<image src=\"images/missing.png\"/>")]
    [InlineData("<image/>")]
    [InlineData("{{ for i in 1..200 }}<box>{{ end }}<text>Deep</text>{{ for i in 1..200 }}</box>{{ end }}")]
    public void HND054_a_bad_value_from_code_is_an_error_at_the_template(string element) =>
        DiagnosticAssert.Has(BuildWith(element), "HND054", "print.xml", 1);

    [Fact]
    public void HND054_a_dtd_in_the_template_output_is_refused()
    {
        var d = DiagnosticAssert.Has(BuildWithRoot("<!DOCTYPE document [<!ENTITY x \"Hi\">]>\n<document>"), "HND054", "print.xml", 1);
        Assert.Contains("DTD", d.Message);
    }

    [Fact]
    public void HND054_a_footer_that_leaves_no_room_for_the_handout()
    {
        var d = DiagnosticAssert.Has(BuildWith("{{ for i in 1..60 }}<text>Footer line</text>{{ end }}", at: 8), "HND054", "print.xml", 1);
        Assert.Contains("header and footer", d.Message);
    }

    [Fact]
    public void HND054_a_missing_header_image_is_an_error_not_a_crash() =>
        DiagnosticAssert.Has(BuildWith("<image src=\"images/missing.png\"/>", at: 2), "HND054", "print.xml", 1);
}
