using System.Diagnostics;
using System.Globalization;
using Handouts.Content;
using Handouts.Diagnostics;
using Handouts.Markdown;
using Handouts.Pdf;
using Handouts.Pdf.Fonts;
using Handouts.Pdf.Layout;
using Handouts.Pdf.Shaping;
using Handouts.Tailoring;
using Handouts.Site;
using Handouts.Templates;
using Handouts.Threading;

namespace Handouts.Bench;

/// <summary>Renders N variant PDFs in one process, on every core, without touching the disk, and reports CPU time
/// per PDF and per page and the working set as the run goes (it must stay flat).</summary>
internal static class PdfBenchmark
{
    public static int Run(string contentDir, string? templatesDir, int count, TextWriter output)
    {
        var diagnostics = new DiagnosticBag();
        var templatesRoot = Files.ThemeRoot.Open(templatesDir ?? "templates", Files.EmbeddedFiles.Theme);
        var content = ContentLoader.Load(new Files.FileRoot(contentDir, "content"), diagnostics) ?? throw new InvalidOperationException("content did not load");
        var strings = UiStrings.Load(templatesRoot, content.Site, diagnostics) ?? throw new InvalidOperationException("strings did not load");
        using var fonts = FontLibrary.Load(templatesRoot, FontLibrary.DefaultFiles);
        using var templates = TemplateSet.Load(templatesRoot, [TemplateSet.Print], diagnostics) ?? throw new InvalidOperationException("templates did not load");
        var styles = PrintStyles.Load(templatesRoot, diagnostics) ?? throw new InvalidOperationException("print styles did not load");
        var parser = new HandoutParser(content, MarkdownPipelineFactory.Create(), diagnostics);
        var plans = content.Handouts.Select(h => PlannedHandout.Plan(h, content, diagnostics)).ToList();
        var index = new SiteIndex(content, plans);
        var renderer = new PdfRenderer(content.Site, index, content.Root, strings, fonts, new Shaper());
        var requests = new PrintRequests(content, new ModelBuilder(index, strings), templates, diagnostics);
        var jobs = plans.Select(parser.Parse)
            .SelectMany(p => p.Plan.Variants.Select(v => requests.Create(p, v, styles.Standard, PaperSize.Of(content.Site.Paper))))
            .OfType<PrintRequest>()
            .ToList();
        if (diagnostics.HasErrors || jobs.Count == 0) throw new InvalidOperationException("the benchmark content has errors: " + string.Join("\n", diagnostics.Sorted()));

        var work = Enumerable.Range(0, count).Select(i => jobs[i % jobs.Count]).ToList();
        renderer.Render(work[0], PrintReport.Discard());
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        long pages = 0;
        long bytes = 0;
        var memory = new long[10];
        var done = 0;
        WorkQueue.ForEach(work, request =>
        {
            var pdf = renderer.Render(request, PrintReport.Discard(), out var pageCount);
            Interlocked.Add(ref bytes, pdf.Length);
            Interlocked.Add(ref pages, pageCount);
            var n = Interlocked.Increment(ref done);
            if (n % Math.Max(1, count / 10) == 0 && n / Math.Max(1, count / 10) - 1 < memory.Length) memory[n / Math.Max(1, count / 10) - 1] = Environment.WorkingSet;
        });
        wall.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpu0).TotalMilliseconds;
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"{count} PDFs, {pages} pages ({(double)pages / count:0.0} per PDF), {bytes / count / 1024.0:0.0} KB each, on {Environment.ProcessorCount} cores"));
        output.WriteLine(string.Create(inv, $"wall {wall.Elapsed.TotalSeconds:0.00} s; CPU {cpu / count:0.00} ms per PDF, {cpu / pages:0.00} ms per page, {cpu / pages * 4:0.00} ms per 4-page handout"));
        output.WriteLine("working set every 10% of the run (MiB): " + string.Join(" ", memory.Select(m => (m / 1048576).ToString(inv))));
        return 0;
    }
}
