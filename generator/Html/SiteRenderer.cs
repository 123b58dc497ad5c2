using System.Collections.Concurrent;
using Handouts.Content;
using Handouts.Diagnostics;
using Handouts.Files;
using Handouts.Markdown;
using Handouts.Output;
using Handouts.Pdf;
using Handouts.Pdf.Layout;
using Handouts.Tailoring;
using Markdig;
using Scriban.Runtime;

namespace Handouts.Html;

internal sealed record RenderCounts(int Pages, int Variants, int Handouts);

/// <summary>Html stage: renders every page of the site in parallel. Each handout is parsed, checked and rendered in
/// one job and then dropped, so memory does not grow with the size of the site. Output files are independent of the
/// order jobs run in, which keeps builds byte-identical.</summary>
internal sealed class SiteRenderer(SiteIndex index, TemplateSet templates, UiStrings strings, MarkdownPipeline pipeline, DiagnosticBag diagnostics, IPageSink sink, PdfRenderer? pdf, bool bothPapers = false)
{
    private readonly ContentSet content = index.Content;
    private readonly ModelBuilder models = new(index, strings, pdf is not null, bothPapers ? OtherPaper(index.Content.Site.Paper) : null);
    // The print model needs no PDF links; a field initializer cannot reuse the models field above.
    private readonly PrintRequests printRequests = new(index.Content, new ModelBuilder(index, strings, pdfs: false), templates, diagnostics);
    private readonly ConcurrentDictionary<string, byte> media = new(StringComparer.Ordinal);
    private int pages;
    private int variants;

    /// <param name="onParsed">Called with each handout once parsed (the quality checks), before its pages render.</param>
    public RenderCounts Render(FileRoot templatesRoot, Action<ParsedHandout> onParsed)
    {
        var parser = new HandoutParser(content, pipeline, diagnostics);
        var body = new BodyRenderer(pipeline, content.Site.AllowRawHtml);
        var jobs = new List<Action>();
        jobs.AddRange(index.Handouts.Select(plan => (Action)(() => diagnostics.Isolate(plan.Handout.Path, () =>
        {
            var parsed = parser.Parse(plan);
            onParsed(parsed);
            RenderHandout(parsed, body);
        }))));
        foreach (var lang in content.Site.Languages)
        {
            jobs.Add(() => WritePage(SitePaths.Home(lang), "pages/home.html", models.Home(lang, SitePaths.Home(lang))));
            foreach (var c in content.Taxonomy.CancerTypes.Where(c => index.Exists(SitePaths.Cancer(lang, c.Id))))
                jobs.Add(() => WritePage(SitePaths.Cancer(lang, c.Id), "pages/term.html", models.CancerPage(lang, c, SitePaths.Cancer(lang, c.Id))));
            foreach (var t in content.Taxonomy.Treatments.Where(t => index.Exists(SitePaths.Treatment(lang, t.Id))))
                jobs.Add(() => WritePage(SitePaths.Treatment(lang, t.Id), "pages/term.html", models.TreatmentPage(lang, t, SitePaths.Treatment(lang, t.Id))));
        }

        jobs.Add(() => WritePage(SitePaths.Root, "pages/home.html", models.Home(content.Site.DefaultLanguage, SitePaths.Root)));
        jobs.Add(() => WritePage("404.html", "pages/404.html", models.NotFound()));
        WorkQueue.ForEach(jobs, job => job());

        if (content.Site.Clinic.Logo is { } logo) media.TryAdd(logo, 0);
        foreach (var file in media.Keys.Order(StringComparer.Ordinal))
            Copy(content.Root, file, SitePaths.Media(file), content.Root.Display("site.yml"));
        foreach (var file in templatesRoot.Files("assets", "*", recursive: true))
            Copy(templatesRoot, file, file, templatesRoot.Display(file));
        sink.WriteText("sitemap.xml", Sitemap.Render(content.Site.BaseUrl, SitemapPages()));
        return new RenderCounts(pages, variants, index.Handouts.Count);
    }

    private void RenderHandout(ParsedHandout parsed, BodyRenderer body)
    {
        foreach (var m in parsed.Media) media.TryAdd(m, 0);
        var plan = parsed.Plan;
        var labels = models.Labels(plan.Language);
        foreach (var variant in plan.Variants.Prepend(Variant.General))
        {
            var path = SitePaths.Handout(plan.Language, plan.Slug, variant);
            WritePage(path, "pages/handout.html", models.HandoutPage(plan, variant, path, body.Render(parsed, variant, labels)));
            if (variant.IsGeneral) continue;
            Interlocked.Increment(ref variants);
            if (pdf is not null) WritePdfs(parsed, variant);
        }
    }

    private void WritePdfs(ParsedHandout parsed, Variant variant)
    {
        var h = parsed.Handout;
        var sitePaper = content.Site.Paper;
        var papers = bothPapers ? new[] { sitePaper, OtherPaper(sitePaper) } : [sitePaper];
        foreach (var (profile, paper) in papers.SelectMany(paper => new[] { PrintProfile.Standard, PrintProfile.LargePrint }.Select(profile => (profile, paper))))
        {
            if (printRequests.Create(parsed, variant, profile, PaperSize.Of(paper)) is not { } request) continue;
            var problems = new Pdf.Images.PrintProblems(
                (codepoint, line) => diagnostics.Warning(
                    Codes.MissingGlyph, new SourceLocation(h.Path, line > 0 ? line : h.BodyLine, 1),
                    $"no configured font has the character U+{codepoint:X4} '{char.ConvertFromUtf32(codepoint)}': it would print as a blank; add a font that has it to 'fonts' in site.yml"),
                (line, message) => diagnostics.Error(Codes.UnprintableImage, new SourceLocation(h.Path, line, 1), message),
                line => diagnostics.Error(Codes.RowTooTall, new SourceLocation(h.Path, line, 1), $"a table row is taller than a {profile.Name} page of {content.Site.Paper} and cannot be printed: split its cells into shorter rows"),
                message => diagnostics.Error(Codes.PrintTemplate, SourceLocation.Start(templates.PathOf(TemplateSet.Print)), message),
                message => diagnostics.Error(Codes.QrTooLong, SourceLocation.Start(h.Path), message));
            byte[] bytes;
            try
            {
                bytes = pdf!.Render(request, problems);
            }
            catch (InvalidDataException e)
            {
                diagnostics.Error(Codes.PrintTemplate, SourceLocation.Start(templates.PathOf(TemplateSet.Print)), e.Message);
                continue;
            }

            sink.WriteBytes(SitePaths.Pdf(h.Language, h.Slug, variant, profile == PrintProfile.LargePrint, paper == sitePaper ? null : paper), bytes);
        }
    }

    private static string OtherPaper(string paper) => paper == "a4" ? "letter" : "a4";

    private void WritePage(string path, string template, ScriptObject model)
    {
        var main = templates.Render(template, model, diagnostics);
        if (main is null) return;
        model["content"] = main;
        var html = templates.Render("layout.html", model, diagnostics);
        if (html is null) return;
        sink.WriteText(path, html);
        Interlocked.Increment(ref pages);
    }

    /// <summary>Copies a file of the content or templates folder into the site. Every path was checked when first
    /// read; a file that changed into something unreadable since (or is over its cap) is still an error, never a gap.</summary>
    private void Copy(FileRoot root, string relative, string sitePath, string reportAt)
    {
        if (root.Read(relative, Limits.BinaryBytes, SourceLocation.Start(reportAt), diagnostics, $"'{relative}'", Codes.MissingImage) is { } bytes)
            sink.WriteBytes(sitePath, bytes);
    }

    private IEnumerable<(string, DateOnly?)> SitemapPages()
    {
        foreach (var lang in content.Site.Languages)
        {
            yield return (SitePaths.Home(lang), null);
            foreach (var c in content.Taxonomy.CancerTypes.Where(c => index.Exists(SitePaths.Cancer(lang, c.Id))))
                yield return (SitePaths.Cancer(lang, c.Id), null);
            foreach (var t in content.Taxonomy.Treatments.Where(t => index.Exists(SitePaths.Treatment(lang, t.Id))))
                yield return (SitePaths.Treatment(lang, t.Id), null);
        }

        foreach (var plan in index.Handouts)
        {
            foreach (var v in plan.Variants.Prepend(Variant.General))
                yield return (SitePaths.Handout(plan.Language, plan.Slug, v), plan.Handout.Reviewed);
        }
    }
}
