using System.Diagnostics;
using Handouts.Checks;
using Handouts.Content;
using Handouts.Diagnostics;
using Handouts.Files;
using Handouts.Html;
using Handouts.Markdown;
using Handouts.Output;
using Handouts.Pdf;
using Handouts.Pdf.Fonts;
using Handouts.Pdf.Template;
using Handouts.Pdf.Text;
using Handouts.Tailoring;

namespace Handouts.Build;

/// <summary>The whole build as a recipe: load, expand, render, write. Every stage reports into one bag; nothing is
/// written unless the bag ends with no errors (and, with --strict, no warnings).</summary>
internal static class SiteBuilder
{
    public static readonly string[] RequiredTemplates = ["layout.html", "pages/home.html", "pages/handout.html", "pages/term.html", "pages/404.html", TemplateSet.Print];

    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        // First of all: the output is claimed (safe, locked, an earlier stopped build's swap put right) for the whole build.
        var (claim, refusal) = options.OutDir is { } outDir
            ? OutputClaim.Take(outDir, options.ContentDir, options.TemplatesDir, options.LockWait ?? OutputLock.DefaultWait)
            : (null, null);
        using var held = claim;
        if (refusal is not null) return new BuildResult(BuildOutcome.UsageError, [refusal], 0, 0, 0, clock.Elapsed, null);

        var contentRoot = new FileRoot(options.ContentDir, "content");
        var templatesRoot = new FileRoot(options.TemplatesDir, "templates");
        var content = ContentLoader.Load(contentRoot, diagnostics);
        if (content is not null && options.BaseUrl is { } baseUrl)
            content = content with { Site = content.Site with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" } };
        var strings = content is null ? null : UiStrings.Load(templatesRoot, content.Site, diagnostics);
        using var templates = TemplateSet.Load(templatesRoot, RequiredTemplates, diagnostics);
        if (templates is not null && templatesRoot.Read(TemplateSet.Print, Limits.TextBytes).Bytes is { } print)
            PrintTemplateSchema.Check(FileRoot.Decode(print), templatesRoot.Display(TemplateSet.Print), diagnostics);
        if (content is null || strings is null || templates is null) return Finish(diagnostics, options, null, null, clock, claim);

        var plans = content.Handouts.Select(h => new PlannedHandout(h, VariantExpander.Expand(h, content.Original(h), content.Taxonomy, diagnostics))).ToList();
        var pipeline = MarkdownPipelineFactory.Create();
        var today = options.Today ?? Clock.Today();
        var checker = new QualityChecker(content, today, diagnostics);
        if (diagnostics.HasErrors)
        {
            // The model is not sound enough to render, but every body can still be checked, so one run reports all.
            var parser = new HandoutParser(content, pipeline, diagnostics);
            WorkQueue.ForEach(plans, plan => diagnostics.Isolate(plan.Handout.Path, () => checker.Check(parser.Parse(plan))));
            return Finish(diagnostics, options, null, Report(), clock, claim);
        }

        using var fonts = options.Pdf ? LoadFonts(templatesRoot, content.Site, diagnostics) : null;
        if (options.Pdf && fonts is null) return Finish(diagnostics, options, null, null, clock, claim);
        var pdf = fonts is null ? null : new PdfRenderer(content.Site, content.Root, strings, fonts, new Shaper());
        var index = new SiteIndex(content, plans);
        using var staged = claim?.Stage(options.OnCommitStep);
        var sink = (IPageSink?)staged ?? new DiscardSink();
        var renderer = new SiteRenderer(index, templates, strings, pipeline, diagnostics, sink, pdf, options.BothPapers);
        var counts = renderer.Render(templatesRoot, checker.Check);
        var report = Report();
        sink.WriteText("reports/quality.json", QualityJson.Render(report));
        sink.WriteText("reports/quality.html", QualityHtml.Render(report, content.Site.Clinic.Name));
        return Finish(diagnostics, options, counts, report, clock, claim, staged);

        QualityReport Report() => QualityReport.Build(today, checker.Results, diagnostics.Sorted());
    }

    /// <summary>Fonts are loaded once per run; a missing or corrupt font is an error at start-up, naming the file.</summary>
    private static FontLibrary? LoadFonts(FileRoot templates, SiteConfig site, DiagnosticBag diagnostics)
    {
        try
        {
            return FontLibrary.Load(templates, site.Fonts ?? FontLibrary.DefaultFiles);
        }
        catch (InvalidDataException e)
        {
            diagnostics.Error(Codes.FontError, SourceLocation.File(templates.Display(site.Fonts is null ? "fonts" : "")), e.Message);
            return null;
        }
    }

    private static BuildResult Finish(DiagnosticBag bag, BuildOptions options, RenderCounts? counts, QualityReport? report, Stopwatch clock, OutputClaim? claim, StagedOutput? staged = null)
    {
        var diagnostics = bag.Sorted();
        if (options.Strict) diagnostics = diagnostics.Select(d => d.AsError()).ToList();
        var failed = counts is null || diagnostics.Any(d => d.IsError);
        if (!failed) staged?.Commit();
        return new BuildResult(failed ? BuildOutcome.ContentErrors : BuildOutcome.Succeeded, diagnostics, counts?.Pages ?? 0, counts?.Variants ?? 0, counts?.Handouts ?? 0, clock.Elapsed, report, claim?.Notes);
    }

    private sealed class DiscardSink : IPageSink
    {
        public void WriteText(string relativePath, string text)
        {
        }

        public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
        {
        }
    }
}
