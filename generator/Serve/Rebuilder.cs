using System.Globalization;
using System.Threading.Channels;
using Handouts.Build;
using Handouts.Diagnostics;
using Handouts.Files;
using Handouts.Output;

namespace Handouts.Serve;

/// <summary>Rebuilds the site when the watched folders change, in memory, HTML first: the pages without their PDFs
/// are served (and open pages reloaded) as soon as they are built, then the whole site with the PDFs replaces them.
/// Every rebuild is a full build for now; rebuilding only what a change affects is the next step (issue 9). A build
/// with errors, or one that throws, leaves the last good site served and says why.</summary>
internal sealed class Rebuilder(ServeOptions options, LiveState live, TextWriter output, TextWriter error)
{
    // One pending wake-up is enough: a build reads every file afresh, whatever changed.
    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private int changes;

    /// <summary>Something in the watched folders changed (called from watcher threads, often several times a save).</summary>
    public void Changed()
    {
        Interlocked.Increment(ref changes);
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
        try
        {
            var pages = Build(pdf: false);
            Announce(pages, [], pdfs: false);
            if (pages.Result.Outcome != BuildOutcome.Succeeded || !options.Pdf) return;
            // A newer save makes these PDFs stale before they are done: start again from its HTML instead.
            if (seen != Volatile.Read(ref changes) || stop.IsCancellationRequested) return;
            var whole = Build(pdf: true);
            if (seen != Volatile.Read(ref changes) || stop.IsCancellationRequested) return;
            Announce(whole, pages.Result.Diagnostics, pdfs: true);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var at = SourceLocation.File(DisplayPath.Of(options.ContentDir));
            var message = $"a rebuild failed unexpectedly ({e.GetType().Name}: {e.Message}). This is a bug in Handouts: please report it. The last good site is still served.";
            error.WriteLine($"handouts: {message}");
            live.Report([Diagnostic.Error(Codes.InternalError, at, message)]);
        }
    }

    private (BuildResult Result, MemorySink Files) Build(bool pdf)
    {
        var sink = new MemorySink();
        // Drafts are what a nurse previews most: serve shows them, each with its banner.
        var result = SiteBuilder.Build(new BuildOptions(options.ContentDir, options.TemplatesDir, null, Today: options.Today, Pdf: pdf, Sink: sink, Drafts: true));
        return (result, sink);
    }

    /// <summary>Prints the build's diagnostics (those the HTML build already printed only once) and a line saying
    /// what is served now; tells open pages the diagnostics, then serves the build if it succeeded. In that order, so
    /// a page reloaded onto a fixed build does not first see the old problems.</summary>
    private void Announce((BuildResult Result, MemorySink Files) build, IReadOnlyList<Diagnostic> printed, bool pdfs)
    {
        var result = build.Result;
        var already = printed.ToHashSet();
        foreach (var d in result.Diagnostics.Where(d => !already.Contains(d))) error.WriteLine(d);
        live.Report(result.Diagnostics);
        if (result.Outcome == BuildOutcome.Succeeded) live.Publish(build.Files.Files);
        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count - errors;
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (result.Outcome == BuildOutcome.Succeeded)
            output.WriteLine(pdfs
                ? $"{time} PDFs built in {seconds} s: serving {result.Pages} pages with their PDFs; {warnings} warning(s)."
                : $"{time} Built {result.Pages} pages of {result.Handouts} handouts in {seconds} s{(options.Pdf ? "; PDFs next" : "")}; {warnings} warning(s).");
        else
            error.WriteLine($"{time} Build failed: {errors} error(s), {warnings} warning(s); {(live.Site is null ? "no site to serve yet" : "still serving the last good site")}.");
    }
}
