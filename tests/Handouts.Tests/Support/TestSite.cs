using Handouts.Build;
using Handouts.Diagnostics;

namespace Handouts.Tests.Support;

/// <summary>A whole site written inline, Hugo-style: one string of <c>-- path --</c> sections, laid over a minimal
/// valid clinic and the real templates, built into a temp folder and asserted on.</summary>
internal sealed class TestSite : IDisposable
{
    public const string SiteYml = """
        clinic:
          name: Test Clinic
          address: 1 Test Road
          phone: "555-0100"
          after_hours_phone: "555-0199"
        base_url: https://clinic.example.org/bones/
        languages: [en, es]
        paper: letter
        reading_level: 6
        """;

    public const string TaxonomyYml = """
        cancer_types:
          - id: breast
            name: { en: Breast cancer, es: Cáncer de mama }
            description: { en: Cancer of the breast., es: Cáncer del seno. }
          - id: prostate
            name: { en: Prostate cancer, es: Cáncer de próstata }
            description: { en: Cancer of the prostate., es: Cáncer de la próstata. }
          - id: lymphoma
            name: { en: Lymphoma, es: Linfoma }
            description: { en: Cancer of the lymph system., es: Cáncer del sistema linfático. }
        treatments:
          - id: aromatase-inhibitor
            name: { en: Aromatase inhibitor, es: Inhibidor de la aromatasa }
            description: { en: Pills that lower estrogen., es: Pastillas que bajan el estrógeno. }
            applies_to: [breast]
          - id: adt
            name: { en: Hormone therapy (ADT), es: Terapia hormonal (ADT) }
            description: { en: Medicine that lowers testosterone., es: Medicina que baja la testosterona. }
            applies_to: [prostate]
          - id: steroids
            name: { en: Steroids, es: Esteroides }
            description: { en: Medicines like prednisone., es: Medicinas como la prednisona. }
            applies_to: [lymphoma, prostate]
        """;

    public static string Handout(string frontMatterExtra = "", string body = "## Section\n\nText for everyone.\n", string cancers = "[breast, prostate]", string treatments = "[aromatase-inhibitor, adt]", string title = "Bones and you", bool actions = true) => $"""
        ---
        title: {title}
        summary: A short summary.
        main_message: Keep your bones strong.
        cancer_types: {cancers}
        treatments: {treatments}
        audience: patients
        reviewed: 2026-10-01
        reviewer: Oncology nurse educator
        version: "1.0"
        key_points:
          - Walk every day.
        when_to_call:
          - You fall.
        sources:
          - id: acs
            title: Osteoporosis
            publisher: American Cancer Society
            url: https://www.cancer.org/osteoporosis
        {frontMatterExtra}
        ---
        {body}{(actions ? "\n\n1. Ask your nurse.\n" : "")}
        """;

    /// <summary>The extra front matter of a translation of version 1.0: line 20 and 21 of <see cref="Handout"/>.</summary>
    public const string Translation = "translated_from: \"1.0\"\ntranslator: Test translator";

    private TestSite(string root) => Root = root;

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public string Templates => Path.Combine(Root, "templates");

    public string Out => Path.Combine(Root, "_site");

    /// <summary>Creates a site from sections <c>-- relative/path --</c>; site.yml, taxonomy.yml and the real templates
    /// are added unless a section replaces them.</summary>
    public static TestSite Create(string files, bool realTemplates = true)
    {
        var site = new TestSite(Path.Combine(Path.GetTempPath(), "handouts-test-" + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(site.Root);
        if (realTemplates) CopyDirectory(Path.Combine(RepoRoot, "templates"), site.Templates);
        site.Write("content/site.yml", SiteYml);
        site.Write("content/taxonomy.yml", TaxonomyYml);
        Directory.CreateDirectory(Path.Combine(site.Content, "handouts"));
        foreach (var (path, text) in Sections(files)) site.Write(path, text);
        return site;
    }

    public void Write(string relative, string text)
    {
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    public BuildResult Build(bool strict = false, string? outDir = null, bool checkOnly = false, bool pdf = true) =>
        SiteBuilder.Build(new BuildOptions(Content, Templates, checkOnly ? null : outDir ?? Out, null, strict, Today, pdf));

    /// <summary>Tests count review ages to a fixed day, so they do not start failing as the calendar moves.</summary>
    public static readonly DateOnly Today = new(2026, 11, 27);

    public string Page(string relative) => File.ReadAllText(Path.Combine(Out, relative));

    /// <summary>Builds with --strict and fails the test, listing the diagnostics, unless the build succeeded.</summary>
    public BuildResult BuildOk(bool strict = true)
    {
        var result = Build(strict);
        Assert.True(result.Outcome == BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    public UglyToad.PdfPig.PdfDocument OpenPdf(string relative) => UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(Path.Combine(Out, relative)));

    /// <summary>Every word of a built PDF in reading order, joined by spaces (PdfPig's page text has no spaces).</summary>
    public string PdfWords(string relative)
    {
        using var pdf = OpenPdf(relative);
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    public bool Exists(string relative) => File.Exists(Path.Combine(Out, relative));

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }

    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Handouts.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("Handouts.sln not found above " + AppContext.BaseDirectory);
    }

    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static IEnumerable<(string Path, string Text)> Sections(string files)
    {
        string? path = null;
        var lines = new List<string>();
        foreach (var line in files.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal))
            {
                if (path is not null) yield return (path, string.Join('\n', lines));
                path = line[3..^3];
                lines.Clear();
            }
            else if (path is not null)
            {
                lines.Add(line);
            }
        }

        if (path is not null) yield return (path, string.Join('\n', lines));
    }
}

internal static class DiagnosticAssert
{
    /// <summary>Asserts the build reported <paramref name="code"/> in the file ending with <paramref name="file"/> at
    /// <paramref name="line"/> (and column, when given), and returns it for further checks.</summary>
    public static Diagnostic Has(BuildResult result, string code, string file, int line, int? column = null)
    {
        var match = result.Diagnostics.FirstOrDefault(d => d.Code == code && d.Span.Path.EndsWith(file, StringComparison.Ordinal) && d.Span.Line == line && (column is null || d.Span.Column == column));
        Assert.True(match is not null, $"expected {code} at {file}({line}{(column is null ? "" : "," + column)}); got:\n{string.Join("\n", result.Diagnostics)}");
        return match!;
    }
}
