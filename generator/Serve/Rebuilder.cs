using System.Globalization;
using System.Threading.Channels;
using Handouts.Build;
using Handouts.Diagnostics;
using Handouts.Files;
using Handouts.Output;

namespace Handouts.Serve;

/// <summary>Rebuilds the site when the watched folders change, in memory, in three steps served one after the other:
/// the pages without PDFs (open pages reload as soon as they are built), then with the handouts' PDFs, then with the
/// waiting-room packs and posters when the site has them. Each step keeps a build cache in memory, so a save rebuilds
/// the handouts it changed and takes the others from there; packs are cut from every handout's typeset pages and so
/// take longest, which is why they come last. A newer save stops the steps still running and starts again. A build
/// with errors, or one that throws, leaves the last good site served and says why.</summary>
internal sealed class Rebuilder(ServeOptions options, LiveState live, TextWriter output, TextWriter error)
{
    // One pending wake-up is enough: a build reads every file afresh, whatever changed.
    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly MemoryCache pagesCache = new();
    private readonly MemoryCache pdfCache = new();
    private CancellationTokenSource? running;
    private int changes;

    private enum Step
    {
        Pages,
        Pdfs,
        Prints,
    }

    /// <summary>Something in the watched folders changed (called from watcher threads, often several times a save):
    /// the steps of the rebuild under way are stale, so they stop.</summary>
    public void Changed()
    {
        Interlocked.Increment(ref changes);
        try
        {
            Volatile.Read(ref running)?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // That rebuild has just ended.
        }

        wake.Writer.TryWrite(true);
    }

    public async Task Run(CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await wake.Reader.ReadAsync(stop);
                await Settle(stop);
                wake.Reader.TryRead(out _);
                var seen = Volatile.Read(ref changes);
                await Task.Run(() => Rebuild(seen, stop), stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Serve is stopping.
        }
    }

    /// <summary>Waits until the folders have been quiet for the debounce time.</summary>
    private async Task Settle(CancellationToken stop)
    {
        int before;
        do
        {
            before = Volatile.Read(ref changes);
            await Task.Delay(options.Debounce, stop);
        }
        while (before != Volatile.Read(ref changes));
    }

    private void Rebuild(int seen, CancellationToken stop)
    {
        using var steps = CancellationTokenSource.CreateLinkedTokenSource(stop);
        Volatile.Write(ref running, steps);
        // A save between reading the count and setting the source above has not cancelled it.
        if (seen != Volatile.Read(ref changes)) return;
        try
        {
            var pages = Build(Step.Pages, steps.Token);
            Announce(pages, [], Step.Pages);
            if (pages.Result.Outcome != BuildOutcome.Succeeded || !options.Pdf) return;
            var pdfs = Build(Step.Pdfs, steps.Token);
            Announce(pdfs, pages.Result.Diagnostics, Step.Pdfs);
            if (pdfs.Result.Outcome != BuildOutcome.Succeeded || !pdfs.Result.PrintsLeftOut) return;
            Announce(Build(Step.Prints, steps.Token), pdfs.Result.Diagnostics, Step.Prints);
        }
        catch (OperationCanceledException) when (steps.IsCancellationRequested)
        {
            // A newer save (its rebuild comes next) or serve stopping.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var at = SourceLocation.File(DisplayPath.Of(options.ContentDir));
            var message = $"a rebuild failed unexpectedly ({e.GetType().Name}: {e.Message}). This is a bug in Handouts: please report it. The last good site is still served.";
            error.WriteLine($"handouts: {message}");
            live.Report([Diagnostic.Error(Codes.InternalError, at, message)]);
        }
        finally
        {
            Volatile.Write(ref running, null);
        }

        // Serve is idle until the next save: collect the rebuild's garbage now (the packs step leaves gigabytes on a
        // large site), rather than in the middle of the next save's rebuild, which the nurse is waiting for.
        if (Volatile.Read(ref changes) == seen) GC.Collect();
    }

    private (BuildResult Result, MemorySink Files) Build(Step step, CancellationToken cancel)
    {
        var sink = new MemorySink();
        // Drafts are what a nurse previews most: serve shows them, each with its banner.
        var result = SiteBuilder.Build(new BuildOptions(
            options.ContentDir, options.TemplatesDir, null, Today: options.Today, Pdf: step != Step.Pages, Sink: sink, Drafts: true,
            Cache: step == Step.Pages ? pagesCache : pdfCache, Prints: step == Step.Prints, Cancel: cancel));
        return (result, sink);
    }

    /// <summary>Prints the build's diagnostics (those an earlier step already printed only once) and a line saying
    /// what is served now; tells open pages the diagnostics, then serves the build if it succeeded. In that order, so
    /// a page reloaded onto a fixed build does not first see the old problems.</summary>
    private void Announce((BuildResult Result, MemorySink Files) build, IReadOnlyList<Diagnostic> printed, Step step)
    {
        var result = build.Result;
        var already = printed.ToHashSet();
        foreach (var d in result.Diagnostics.Where(d => !already.Contains(d))) error.WriteLine(d);
        live.Report(result.Diagnostics);
        if (result.Outcome == BuildOutcome.Succeeded)
        {
            // PDFs (and the staff print page) still to come keep their last build's bytes until then, rather than a
            // moment of "not found".
            var more = step == Step.Pages ? options.Pdf : step == Step.Pdfs && result.PrintsLeftOut;
            live.Publish(more && live.Site is { } served ? served.WithPrintsUnder(build.Files.Files) : build.Files.Files);
        }

        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count - errors;
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var rebuilt = result.Handouts - result.FromCache;
        if (result.Outcome != BuildOutcome.Succeeded)
            error.WriteLine($"{time} Build failed: {errors} error(s), {warnings} warning(s); {(live.Site is null ? "no site to serve yet" : "still serving the last good site")}.");
        else if (step == Step.Pages)
            output.WriteLine($"{time} Built {result.Pages} pages of {result.Handouts} handouts ({rebuilt} rebuilt) in {seconds} s{(options.Pdf ? "; PDFs next" : "")}; {warnings} warning(s).");
        else if (step == Step.Pdfs)
            output.WriteLine($"{time} PDFs of {rebuilt} handout(s) built in {seconds} s: serving {result.Pages} pages with their PDFs{(result.PrintsLeftOut ? "; waiting-room packs next" : "")}; {warnings} warning(s).");
        else
            output.WriteLine($"{time} Waiting-room packs and posters built in {seconds} s; {warnings} warning(s).");
    }
}
