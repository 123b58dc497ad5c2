using System.Collections.Concurrent;
using System.Diagnostics;
using Handouts.Checks;
using Handouts.Diagnostics;
using Handouts.Html;
using Handouts.Markdown;
using Handouts.Output;
using Handouts.Pdf;
using Handouts.Pdf.Fonts;
using Handouts.Pdf.Packs;
using Handouts.Pdf.Shaping;
using Handouts.Site;
using Handouts.Tailoring;
using Handouts.Templates;
using Handouts.Threading;

namespace Handouts.Build;

/// <summary>The whole build as a recipe. Each handout goes through its steps in one job (parse and tailor, check,
/// render its PDFs, then its pages, which link those PDFs with their sizes) and is then dropped, so memory stays flat
/// however large the site; the pages that list handouts, the search indexes (from a small record each job leaves),
/// the copied files and the reports follow. Every stage returns files and reports into one bag; nothing reaches the
/// output unless the bag ends with no errors (and, with --strict, no warnings).</summary>
internal static class SiteBuilder
{
    /// <summary>A release asked for with <c>--release</c>: its folder, claimed, and what it will say about itself.</summary>
    private sealed record PendingRelease(OutputClaim Claim, ReleaseInfo Info);

    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var (claim, refusal) = ClaimOutput(options);
        using var held = claim;
        if (refusal is not null) return new BuildResult(BuildOutcome.UsageError, [refusal], 0, 0, 0, clock.Elapsed, null);
        var (releaseClaim, releaseRefusal) = ClaimRelease(options);
        using var releaseHeld = releaseClaim;
        if (releaseRefusal is not null) return new BuildResult(BuildOutcome.UsageError, [releaseRefusal], 0, 0, 0, clock.Elapsed, null);

        var stamps = options.Cache is null ? null : BuildCache.Stamps(options);
        using var inputs = BuildInputs.Load(options, diagnostics);
        if (inputs is null) return Finish(diagnostics, options, null, null, null, clock, claim);
        var content = inputs.Content;
        var plans = content.Handouts.Select(h => PlannedHandout.Plan(h, content, diagnostics)).ToList();
        var parser = new HandoutParser(content, inputs.Markdown, diagnostics);
        var checker = new QualityChecker(content, inputs.Today, diagnostics);
        var qualities = new ConcurrentBag<HandoutQuality>();
        using var fonts = options.Pdf && !diagnostics.HasErrors ? LoadFonts(inputs, diagnostics) : null;
        var styles = options.Pdf ? PrintStyles.Load(inputs.TemplatesRoot, diagnostics) : null;
        if (diagnostics.HasErrors)
        {
            // Not sound enough to render, but every body can still be checked, so one run reports every problem.
            WorkQueue.ForEach(plans, plan => diagnostics.Isolate(plan.Handout.Path, () =>
            {
                checker.CheckFreshness(plan.Handout);
                qualities.Add(checker.Check(parser.Parse(plan)));
            }));
            return Finish(diagnostics, options, null, Report(), content.Site.Clinic.Name, clock, claim);
        }

        using var cache = options.Cache is null ? null : new BuildCache(options.Cache, CacheKeys.Of(inputs, options), options, stamps!);
        var keys = cache is null ? null : plans.Select(p => cache.Keys.For(p.Handout)).ToList();
        var printsKey = keys is null ? null : cache!.Keys.ForPrints(keys);
        var waitingRoom = options.Prints && content.Site.WaitingRoomPrints && fonts is not null;
        var cachedPrints = waitingRoom && printsKey is not null ? cache!.Find(printsKey) : null;
        if (!options.Prints && printsKey is not null) cache!.KeepAlive(printsKey);
        // Packs are cut from every handout's typeset pages: when they must be made, every handout is typeset afresh.
        var typesetAll = waitingRoom && cachedPrints is null;

        using var staged = claim?.Stage(options.OnCommitStep);
        var output = new SiteWriter(staged ?? options.Sink, content.Root.NameComparer);
        var index = new SiteIndex(content, plans);
        var (pages, pdfs, lists, prints) = Stages(inputs, index, fonts, styles, options.BothPapers, typesetAll, diagnostics);
        var searchable = new ConcurrentBag<SearchLine>();
        var fromCache = 0;
        WorkQueue.ForEach(Enumerable.Range(0, plans.Count).ToList(), i =>
        {
            options.Cancel.ThrowIfCancellationRequested();
            var plan = plans[i];
            var h = plan.Handout;
            diagnostics.Isolate(h.Path, () => checker.CheckFreshness(h));
            var key = keys?[i];
            var done = key is null || typesetAll ? null : cache!.Find(key);
            if (done is not null) Interlocked.Increment(ref fromCache);
            if (done is null)
            {
                WorkResult? made = null;
                var reported = diagnostics.Record(() => diagnostics.Isolate(h.Path, () =>
                {
                    var parsed = parser.Parse(plan);
                    var quality = checker.Check(parsed);
                    var printed = pdfs?.Render(parsed).ToList() ?? [];
                    var files = pages.Render(parsed, PrintedFiles.Of(printed)).Concat(printed).ToList();
                    made = new WorkResult(files, parsed.Media, SearchIndexScript.Line(SearchEntries.Of(parsed)).Json, quality, []);
                }));
                if (made is null) return;
                done = made with { Diagnostics = reported };
                if (key is not null) cache!.Keep(key, done);
            }
            else
            {
                foreach (var d in done.Diagnostics) diagnostics.Add(d);
            }

            output.Write(done.Files);
            output.UsesMedia(done.Media);
            searchable.Add(new SearchLine(h.Language, h.Slug, done.SearchLine!));
            qualities.Add(checker.Dated(done.Quality!, h));
        });
        // The pages that list handouts show only their front matter: one entry, kept while no front matter changes.
        var listsKey = cache?.Keys.ForLists();
        output.Write(Replay(listsKey is null ? null : cache!.Find(listsKey), diagnostics) ?? Make(cache, listsKey, diagnostics, made =>
        {
            WorkQueue.ForEach(lists.Jobs(), page => made.Add(page()));
            made.Add(lists.Sitemap());
        }));
        output.Write(SearchIndexScript.Render(content.Site.Languages, searchable));
        output.Write(Replay(cachedPrints, diagnostics) ?? (prints is null ? [] : Make(cache, printsKey, diagnostics, made =>
        {
            // The waiting-room packs and posters, once every handout is typeset; then the staff page that lists them.
            var (packs, posters) = (PrintPlan.Packs(index), PrintPlan.Posters(index));
            var printed = new ConcurrentDictionary<string, PrintedSize>(StringComparer.Ordinal);
            WorkQueue.ForEach(prints.Jobs(packs, posters), job =>
            {
                options.Cancel.ThrowIfCancellationRequested();
                foreach (var pdf in job())
                {
                    printed[pdf.File.Path] = new PrintedSize(pdf.File.Bytes!.Length, pdf.Pages);
                    made.Add(pdf.File);
                }
            });
            made.Add(SiteFile.Page(SitePaths.PrintShelf, PrintShelfPage.Render(content, packs, posters, printed, inputs.Strings)));
        })));

        output.UsesMedia(content.Site.Clinic.Logo is { } logo ? [logo] : []);
        output.Write(StaticFiles.Media(content.Root, output.Media, diagnostics));
        output.Write(StaticFiles.Assets(inputs.TemplatesRoot, diagnostics));
        output.Write(StaticFiles.RootIcon(inputs.TemplatesRoot, diagnostics));
        var report = Report();
        WorkQueue.ForEach<Func<SiteFile>>(
            [() => SiteFile.Binary("reports/" + QualityFiles.Json, QualityJson.Render(report)), () => SiteFile.Page("reports/" + QualityFiles.Html, QualityHtml.Render(report, content.Site.Clinic.Name))],
            render => output.Write(render()));
        cache?.Commit();
        var counts = new RenderCounts(output.Pages, plans.Sum(p => p.Variants.Count), plans.Count, fromCache, !options.Prints && content.Site.WaitingRoomPrints && fonts is not null);
        var release = releaseClaim is null ? null : new PendingRelease(releaseClaim, ReleaseInfo.Of(content));
        return Finish(diagnostics, options, counts, report, content.Site.Clinic.Name, clock, claim, staged, release, cache?.Problem);

        QualityReport Report() => QualityReport.Build(inputs.Today, qualities, diagnostics.Sorted());
    }

    /// <summary>A whole-site step taken from the cache: its reports told again, its files returned. Null when not.</summary>
    private static IReadOnlyList<SiteFile>? Replay(WorkResult? cached, DiagnosticBag diagnostics)
    {
        if (cached is null) return null;
        foreach (var d in cached.Diagnostics) diagnostics.Add(d);
        return cached.Files;
    }

    /// <summary>A whole-site step run, its files (in path order, however its jobs finished) kept in the cache.</summary>
    private static List<SiteFile> Make(BuildCache? cache, string? key, DiagnosticBag diagnostics, Action<ConcurrentBag<SiteFile?>> make)
    {
        var made = new ConcurrentBag<SiteFile?>();
        var reported = diagnostics.Record(() => make(made));
        var files = made.OfType<SiteFile>().OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        if (key is not null) cache!.Keep(key, new WorkResult(files, [], null, null, reported));
        return files;
    }

    /// <summary>First of all, the output is claimed for the whole build: judged safe, locked against another build,
    /// and an earlier stopped build's swap put right.</summary>
    private static (OutputClaim? Claim, Diagnostic? Refusal) ClaimOutput(BuildOptions options) =>
        options.OutDir is { } outDir
            ? OutputClaim.Take(outDir, options.ContentDir, options.TemplatesDir ?? BuildInputs.DefaultTemplates, options.LockWait ?? OutputLock.DefaultWait, options.ReleaseDir is { } r ? (r, "release") : null)
            : (null, null);

    /// <summary>The release folder is claimed like the output, and kept clear of it.</summary>
    private static (OutputClaim? Claim, Diagnostic? Refusal) ClaimRelease(BuildOptions options) =>
        options is { ReleaseDir: { } releaseDir, OutDir: { } outDir }
            ? OutputClaim.Take(releaseDir, options.ContentDir, options.TemplatesDir ?? BuildInputs.DefaultTemplates, options.LockWait ?? OutputLock.DefaultWait, (outDir, "site output"))
            : (null, null);

    /// <summary>The rendering stages, wired once per build from the inputs. The handouts' PDFs put their typeset
    /// documents on a shelf that the waiting-room prints read.</summary>
    private static (HandoutPages Pages, HandoutPdfs? Pdfs, SitePages Lists, WaitingRoomPrints? Prints) Stages(BuildInputs inputs, SiteIndex index, FontLibrary? fonts, PrintStyles? styles, bool bothPapers, bool waitingRoom, DiagnosticBag diagnostics)
    {
        var site = inputs.Content.Site;
        var renderer = new PageRenderer(inputs.Templates, diagnostics);
        var models = new ModelBuilder(index, inputs.Strings);
        var pages = new HandoutPages(index, models, renderer, new BodyRenderer(inputs.Markdown, site.AllowRawHtml));
        var lists = new SitePages(index, models, renderer);
        if (fonts is null || styles is null) return (pages, null, lists, null);

        var requests = new PrintRequests(inputs.Content, models, inputs.Templates, diagnostics);
        var pdf = new PdfRenderer(site, index, inputs.Content.Root, inputs.Strings, fonts, new Shaper());
        var printTemplate = inputs.Templates.PathOf(TemplateSet.Print);
        if (!waitingRoom) return (pages, new HandoutPdfs(site, styles, pdf, requests, printTemplate, diagnostics, bothPapers, null), lists, null);
        var shelf = new TypesetShelf();

        // What the cover and poster print besides handouts' own words comes from strings.yml; problems are told there.
        var report = new PrintReport(diagnostics, inputs.TemplatesRoot.Display("strings.yml"), 1, printTemplate);
        var prints = new WaitingRoomPrints(
            new PackPdfs(inputs.Content, styles, models, inputs.Strings, shelf, new PackCover(site, pdf, models, inputs.Strings, report)),
            new PosterPdfs(inputs.Content, styles, pdf, inputs.Strings, report),
            report);
        return (pages, new HandoutPdfs(site, styles, pdf, requests, printTemplate, diagnostics, bothPapers, shelf), lists, prints);
    }

    /// <summary>Fonts are loaded once per run; a missing or corrupt font is an error at start-up, naming the file.</summary>
    private static FontLibrary? LoadFonts(BuildInputs inputs, DiagnosticBag diagnostics)
    {
        var site = inputs.Content.Site;
        try
        {
            return FontLibrary.Load(inputs.TemplatesRoot, site.Fonts ?? FontLibrary.DefaultFiles);
        }
        catch (InvalidDataException e)
        {
            diagnostics.Error(Codes.FontError, SourceLocation.File(inputs.TemplatesRoot.Display(site.Fonts is null ? "fonts" : "")), e.Message);
            return null;
        }
    }

    private static BuildResult Finish(DiagnosticBag bag, BuildOptions options, RenderCounts? counts, QualityReport? report, string? clinicName, Stopwatch clock, OutputClaim? claim, StagedOutput? staged = null, PendingRelease? release = null, string? cacheProblem = null)
    {
        var diagnostics = bag.Sorted();
        if (options.Strict) diagnostics = diagnostics.Select(d => d.AsError()).ToList();
        var failed = counts is null || diagnostics.Any(d => d.IsError);
        if (!failed && staged is not null)
        {
            // The release is made whole before either swap, so a failure while writing it leaves both as they were.
            using var releaseStaged = release?.Claim.Stage(null);
            if (releaseStaged is not null) ReleaseWriter.Write(staged, releaseStaged, release!.Info);
            staged.Commit();
            releaseStaged?.Commit();
        }

        var reportFolder = WriteReport(options, failed, report, clinicName, claim);
        return new BuildResult(failed ? BuildOutcome.ContentErrors : BuildOutcome.Succeeded, diagnostics, counts?.Pages ?? 0, counts?.Variants ?? 0, counts?.Handouts ?? 0, clock.Elapsed, report, cacheProblem is null ? claim?.Notes : [.. claim?.Notes ?? [], cacheProblem], reportFolder, counts?.FromCache ?? 0, counts?.PrintsLeftOut ?? false);
    }

    /// <summary>The quality report where it is asked for (<c>check --report</c>), and beside the output when a build
    /// failed, so the nurse has it when she needs it most; a successful build's report is in the site, and an older
    /// failure's beside it is removed. Returns where it was written.</summary>
    private static string? WriteReport(BuildOptions options, bool failed, QualityReport? report, string? clinicName, OutputClaim? claim)
    {
        string? written = null;
        if (report is not null && options.ReportDir is { } dir)
        {
            ReportFolder.WriteInto(dir, QualityFiles.Of(report, clinicName ?? ""));
            written = dir;
        }

        if (claim is null) return written;
        if (!failed)
        {
            ReportFolder.RemoveBeside(claim.Place);
            return written;
        }

        return report is null ? written : ReportFolder.WriteBeside(claim.Place, QualityFiles.Of(report, clinicName ?? ""));
    }
}
