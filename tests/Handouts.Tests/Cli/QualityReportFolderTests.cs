using Handouts.Cli;
using Handouts.Tests.Support;

namespace Handouts.Tests.Cli;

/// <summary>A nurse needs the quality report most when the build fails: a failed build writes it beside the output and
/// says where; <c>check --report DIR</c> writes it without building.</summary>
public sealed class QualityReportFolderTests
{
    private const string Hard = "## Why\n\nOsteoporotic fragility consequences necessitate comprehensive pharmacological intervention considerations.\n\n1. Walk every day.\n";

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (App.Run(args, output, error), output.ToString(), error.ToString());
    }

    [Fact]
    public void A_failed_build_writes_the_quality_report_beside_the_output_and_says_where()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: Hard, actions: false));
        var (code, _, error) = Run("build", "--content", site.Content, "--templates", site.Templates, "--out", site.Out, "--no-pdf");
        Assert.Equal(1, code);
        var folder = Path.Combine(site.Root, ".handouts-report-_site");
        Assert.Contains($"The quality report is in {Path.Combine(folder, "quality.html")}", error, StringComparison.Ordinal);
        Assert.Contains("Osteoporotic fragility", File.ReadAllText(Path.Combine(folder, "quality.html")), StringComparison.Ordinal);
        Assert.Contains("\"schema\": \"handouts-quality/1\"", File.ReadAllText(Path.Combine(folder, "quality.json")), StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Out));

        // Fixed, the site carries its report, and the failure's report beside it is gone.
        site.Write("content/handouts/bones.en.md", TestSite.Handout());
        Assert.Equal(0, Run("build", "--content", site.Content, "--templates", site.Templates, "--out", site.Out, "--no-pdf").Code);
        Assert.True(site.Exists("reports/quality.html"));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Check_with_report_writes_the_report_even_when_the_checks_fail_and_touches_nothing_else()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: Hard, actions: false));
        var folder = Path.Combine(site.Root, "qa");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");
        var (code, _, error) = Run("check", "--content", site.Content, "--templates", site.Templates, "--report", folder);
        Assert.Equal(1, code);
        Assert.Contains("The quality report is in", error, StringComparison.Ordinal);
        Assert.Contains("Osteoporotic fragility", File.ReadAllText(Path.Combine(folder, "quality.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "quality.json")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "notes.txt")));
        Assert.False(Directory.Exists(site.Out));
    }
}
