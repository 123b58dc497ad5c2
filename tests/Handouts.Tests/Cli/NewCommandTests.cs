using Handouts.Build;
using Handouts.Cli;
using Handouts.Tests.Support;

namespace Handouts.Tests.Cli;

/// <summary><c>handouts new</c> writes a draft to start from: valid, left out of builds until published, and refused by
/// --strict while its placeholders (HND041) are unwritten.</summary>
public sealed class NewCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (App.Run(args, output, error), output.ToString(), error.ToString());
    }

    /// <summary>The draft is reviewed today; the tests count ages to a fixed day, so the draft is dated that day.</summary>
    private static void TestDay(string file) => File.WriteAllText(file, System.Text.RegularExpressions.Regex.Replace(
        File.ReadAllText(file), "reviewed: [0-9-]+", $"reviewed: {TestSite.Today:yyyy-MM-dd}"));

    private static BuildResult Build(TestSite site, bool drafts) =>
        SiteBuilder.Build(new BuildOptions(site.Content, site.Templates, site.Out, Strict: true, Today: TestSite.Today, Drafts: drafts));

    [Fact]
    public void New_writes_a_draft_left_out_of_builds_and_refused_by_strict_until_its_placeholders_are_written()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        var (code, output, error) = Run("new", "pain", "--content", site.Content);
        Assert.True(code == 0, error);
        var file = Path.Combine(site.Content, "handouts", "pain.en.md");
        Assert.EndsWith("pain.en.md", output.Trim(), StringComparison.Ordinal);
        Assert.Contains("draft: true", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Contains($"reviewed: {DateTime.UtcNow:yyyy-MM-dd}", File.ReadAllText(file), StringComparison.Ordinal);
        TestDay(file);

        Assert.Equal(BuildOutcome.Succeeded, Build(site, drafts: false).Outcome);
        var preview = Build(site, drafts: true);
        Assert.Equal(BuildOutcome.ContentErrors, preview.Outcome);
        DiagnosticAssert.Has(preview, "HND041", "pain.en.md", 1);
        var body = DiagnosticAssert.Has(preview, "HND041", "pain.en.md", 23, 4);
        Assert.Contains("placeholder", body.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(preview.Diagnostics, d => d.IsError && d.Code != "HND041");

        // Published without being written: --strict still refuses it.
        File.WriteAllText(file, File.ReadAllText(file).Replace("draft: true\n", "", StringComparison.Ordinal));
        Assert.Contains(Build(site, drafts: false).Diagnostics, d => d.Code == "HND041");

        Assert.Equal(2, Run("new", "pain", "--content", site.Content).Code);
        Assert.Equal(2, Run("new", "other", "--lang", "fr", "--content", site.Content).Code);
    }

    [Fact]
    public void New_in_another_language_starts_a_draft_translation_of_the_original()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        var (code, _, error) = Run("new", "bones", "--lang", "es", "--content", site.Content);
        Assert.True(code == 0, error);
        var text = File.ReadAllText(Path.Combine(site.Content, "handouts", "bones.es.md"));
        Assert.Contains("translated_from: \"1.0\"", text, StringComparison.Ordinal);
        Assert.Contains("title: Bones and you", text, StringComparison.Ordinal);
        Assert.Contains("draft: true", text, StringComparison.Ordinal);

        Assert.Equal(BuildOutcome.Succeeded, Build(site, drafts: false).Outcome);
        Assert.False(site.Exists("es/bones/index.html"));
        var preview = Build(site, drafts: true);
        Assert.Contains(preview.Diagnostics, d => d.Code == "HND041" && d.Span.Path.EndsWith("bones.es.md", StringComparison.Ordinal) && d.Message.Contains("'translator'", StringComparison.Ordinal));

        Assert.Equal(2, Run("new", "missing", "--lang", "es", "--content", site.Content).Code);
    }

    [Fact]
    public void Translate_from_starts_the_same_translation_and_refuses_what_cannot_be_one()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        var (code, output, error) = Run("new", "--translate-from", "bones", "--lang", "es", "--content", site.Content);
        Assert.True(code == 0, error);
        Assert.EndsWith("bones.es.md", output.Trim(), StringComparison.Ordinal);
        var text = File.ReadAllText(Path.Combine(site.Content, "handouts", "bones.es.md"));
        Assert.Contains("translated_from: \"1.0\"", text, StringComparison.Ordinal);
        Assert.Contains("Walk every day.", text, StringComparison.Ordinal);

        var renamed = Run("new", "hips", "--translate-from", "bones", "--lang", "es", "--content", site.Content);
        Assert.Equal(2, renamed.Code);
        Assert.Contains("keeps its original's name", renamed.Err, StringComparison.Ordinal);
        var noLanguage = Run("new", "--translate-from", "bones", "--content", site.Content);
        Assert.Equal(2, noLanguage.Code);
        Assert.Contains("--translate-from needs --lang", noLanguage.Err, StringComparison.Ordinal);
        var missing = Run("new", "--translate-from", "hips", "--lang", "es", "--content", site.Content);
        Assert.Equal(2, missing.Code);
        Assert.Contains("needs its original", missing.Err, StringComparison.Ordinal);
        Assert.Equal(2, Run("new", "--content", site.Content).Code);
        Assert.False(File.Exists(Path.Combine(site.Content, "handouts", "hips.es.md")));
    }
}
