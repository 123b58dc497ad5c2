using System.CommandLine;
using System.Globalization;
using Handouts.Build;
using Handouts.Content;
using Handouts.Output;

namespace Handouts.Cli;

/// <summary><c>handouts build</c>: builds the site, prints diagnostics and a summary; exit 0, 1 (content) or 2 (usage).</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folders = new FolderOptions();
        var outDir = new Option<string>("--out") { Description = "Output folder; replaced only when the build succeeds", DefaultValueFactory = _ => "_site" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Public address of the site, overriding site.yml (used in sitemap.xml and QR codes)" };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors (for CI)" };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Skip the PDF handouts (HTML only)" };
        var bothPapers = new Option<bool>("--both-papers") { Description = "Make the PDFs on Letter and on A4" };
        var drafts = new Option<bool>("--drafts") { Description = "Include handouts marked 'draft: true', with a banner (for a staff preview site)" };
        var release = new Option<string?>("--release") { Description = "Also write a release of the site into this folder: site.zip, the PDFs, manifest.json, SHA256SUMS" };
        var cache = new Option<string?>("--cache") { Description = $"Build cache folder: handouts unchanged since the last build are taken from it (default: {CacheFolder.DefaultName} beside --out)" };
        var noCache = new Option<bool>("--no-cache") { Description = "Build everything afresh, neither reading nor writing the cache" };
        var command = new Command("build", "Build the HTML site and PDF handouts from the content and templates folders") { outDir, baseUrl, strict, noPdf, bothPapers, drafts, release, cache, noCache };
        folders.AddTo(command);
        command.SetAction(parse =>
        {
            var url = parse.GetValue(baseUrl);
            if (url is not null && BaseUrl.Problem(url) is { } problem)
            {
                error.WriteLine($"error: --base-url {problem}");
                return 2;
            }

            if (parse.GetValue(noCache) && parse.GetValue(cache) is not null)
            {
                error.WriteLine("error: --cache and --no-cache contradict each other: give one");
                return 2;
            }

            var (contentDir, templatesDir, site) = (parse.GetValue(folders.Content)!, parse.GetValue(folders.Templates), parse.GetValue(outDir)!);
            CacheFolder? store = null;
            if (!parse.GetValue(noCache))
            {
                var (opened, refusal, note) = CacheFolder.Open(parse.GetValue(cache) ?? CacheFolder.DefaultFor(site), contentDir, templatesDir ?? BuildInputs.DefaultTemplates, site);
                if (refusal is not null)
                {
                    error.WriteLine(refusal);
                    return 2;
                }

                if (note is not null) error.WriteLine($"note: {note}");
                store = opened;
            }

            using var held = store;
            var options = new BuildOptions(contentDir, templatesDir, site, url, parse.GetValue(strict), Pdf: !parse.GetValue(noPdf), BothPapers: parse.GetValue(bothPapers), ReleaseDir: parse.GetValue(release), Drafts: parse.GetValue(drafts), Cache: store);
            var result = SiteBuilder.Build(options);
            Report(result, options, output, error);
            return result.ExitCode;
        });
        return command;
    }

    public static void Report(BuildResult result, BuildOptions options, TextWriter output, TextWriter error)
    {
        foreach (var note in result.Notes ?? []) error.WriteLine($"note: {note}");
        foreach (var d in result.Diagnostics) error.WriteLine(d);
        if (result.Quality is { } quality) QualitySummary.Write(quality, output);
        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count - errors;
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (options.OutDir is null)
            (result.Outcome == BuildOutcome.Succeeded ? output : error).WriteLine($"Checked {result.Handouts} handouts in {seconds} s: {errors} error(s), {warnings} warning(s).");
        else if (result.Outcome == BuildOutcome.Succeeded)
            output.WriteLine($"Wrote {result.Pages} pages ({result.Variants} tailored variants of {result.Handouts} handouts{(result.FromCache > 0 ? $"; {result.FromCache} unchanged, taken from the cache" : "")}) to {options.OutDir}{(options.ReleaseDir is { } r ? $" and its release to {r}" : "")} in {seconds} s; {warnings} warning(s).");
        else
            error.WriteLine($"Build failed: {errors} error(s), {warnings} warning(s); nothing was written and {options.OutDir} is unchanged.");
        if (result.ReportFolder is { } folder)
            (result.Outcome == BuildOutcome.Succeeded ? output : error).WriteLine($"The quality report is in {Path.Combine(folder, Checks.QualityFiles.Html)} (and {Checks.QualityFiles.Json} beside it).");
    }
}
