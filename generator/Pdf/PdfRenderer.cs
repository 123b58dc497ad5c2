using Handouts.Content;
using Handouts.Diagnostics;
using Handouts.Files;
using Handouts.Pdf.Fonts;
using Handouts.Pdf.Images;
using Handouts.Pdf.Layout;
using Handouts.Pdf.Shaping;
using Handouts.Pdf.Template;
using Handouts.Pdf.Writer;
using Handouts.Site;
using Handouts.Templates;

namespace Handouts.Pdf;

/// <summary>Pdf stage: compose, lay out, paginate (the footer's "Page X of Y" is added once the page count is
/// known), then write. One instance per run: fonts and shaped words are shared by every document.</summary>
internal sealed class PdfRenderer(SiteConfig site, SiteIndex index, FileRoot contentRoot, UiStrings strings, FontLibrary fonts, Shaper shaper)
{
    private readonly ImageCache images = new(contentRoot);
    private readonly QrCodes qrCodes = new();

    /// <summary>Two inches: less than this between header and footer is not a page a handout can be read on.</summary>
    private const double MinBodyHeight = 144;

    public byte[] Render(PrintRequest request, PrintReport report) => Render(request, report, out _);

    public byte[] Render(PrintRequest request, PrintReport report, out int pageCount)
    {
        var h = request.Handout.Handout;
        var breaker = new LineBreaker(fonts, shaper, (codepoint, line) => report.AtLine(
            Codes.MissingGlyph, Severity.Warning, line,
            $"no configured font has the character U+{codepoint:X4} '{char.ConvertFromUtf32(codepoint)}': it would print as a blank; add a font that has it to 'fonts' in site.yml"));
        var body = new MarkdownToBlocks(
            request.Profile, site.BaseUrl, h.BodyLine, request.Handout.Body, images, report,
            kind => strings.TextOrNull(h.Language, "alert_" + kind, h.Audience) ?? kind.ToUpperInvariant(),
            link => index.PathOf(link, request.Variant));
        var layout = new PrintTemplateReader(request.Profile, images, report).Read(request.LayoutXml, () => body.Convert(request.Handout.Document, request.Variant));
        var p = layout.Margin is { } margin ? request.Profile with { Margin = margin } : request.Profile;
        var paper = layout.Size is { } size ? PaperSize.Of(size) : request.Paper;
        var root = new StructNode(StructType.Document, null);
        var width = paper.Width - 2 * p.Margin;
        var flow = new FlowBuilder(breaker, p).Build(layout.Content, p.Margin, width, root);
        var headerHeight = p.Small * 2.2;
        var footer = new RunningFooter(layout.Footer, p, paper, width, breaker);

        // Before pagination: an address too long for the QR code is also too long for the footer to leave a page.
        var qr = QrModules(layout.Footer, report);
        var reported = new HashSet<int>();
        var reserved = footer.Height(1);
        var pages = Paginate(flow, p, paper, p.Margin + headerHeight, reserved, report, reported);

        // The footer's height depends on the page count ("Page 9 of 10" may wrap where "Page 1 of 2" did not), which
        // depends on the footer's height: paginate again until the footer fits the space kept for it.
        while (footer.Height(pages.Count) > reserved)
        {
            reserved = footer.Height(pages.Count);
            pages = Paginate(flow, p, paper, p.Margin + headerHeight, reserved, report, reported);
        }

        pageCount = pages.Count;
        for (var i = 0; i < pages.Count; i++)
        {
            Header(pages[i], layout.Header, p, width, breaker, report);
            footer.Draw(pages[i], qr, i + 1, pages.Count);
        }

        var meta = new PdfMetadata($"{h.Title} ({request.VariantLabel})", layout.Lang ?? h.Language, h.Summary, request.Keywords, site.Clinic.Name, h.Reviewed);
        return PdfDocumentWriter.Write(pages, paper, root, meta);
    }

    /// <param name="reported">The lines of rows already reported too tall, so that paginating again does not report
    /// them twice.</param>
    private static List<LaidOutPage> Paginate(List<FlowItem> flow, PrintProfile p, PaperSize paper, double top, double footerHeight, PrintReport report, HashSet<int> reported)
    {
        var bottom = paper.Height - p.Margin - footerHeight;

        // A footer of many lines can leave no room at all: every line of the handout would then take a page of its own.
        if (bottom - top < MinBodyHeight)
            throw new InvalidDataException($"the print template's header and footer leave {PdfSyntax.Num(Math.Max(0, bottom - top))} points of a {paper.Name} page for the handout ({p.Name}); at least {MinBodyHeight} are needed: use fewer footer lines or a smaller margin");
        return Paginator.Paginate(flow, top, bottom, line =>
        {
            if (reported.Add(line))
                report.AtLine(Codes.RowTooTall, Severity.Error, line, $"a table row is taller than a {p.Name} page of {paper.Name} and cannot be printed: split its cells into shorter rows");
        });
    }

    /// <summary>The running header: the logo (decorative: the clinic's name is written beside it), then its text, and a
    /// rule. Running parts are artifacts, so a screen reader reads the handout once, without them.</summary>
    private void Header(LaidOutPage page, IReadOnlyList<RunningItem> items, PrintProfile p, double width, LineBreaker breaker, PrintReport report)
    {
        if (items.Count == 0) return;
        var baseline = p.Margin + p.Small;
        var x = p.Margin;
        foreach (var item in items)
        {
            if (item.Kind == RunningKind.Image)
            {
                var (image, error) = images.Get(item.Text);
                if (image is null)
                {
                    // A header that silently lost the clinic's logo would still look finished: it is an error.
                    report.AtTemplate($"the header image '{item.Text}' cannot be printed: {error}");
                    continue;
                }

                var height = p.Small * 1.6;
                var w = height * image.Width / image.Height;
                page.Ops.Add(new ImageOp(x, baseline - height * 0.8, w, height, image, null));
                x += w + p.Small * 0.5;
            }
            else if (item.Kind == RunningKind.Text)
            {
                Line(page, breaker, item.Text, x, baseline, item.Size, p.Margin + width - x, Rgb.Muted, item.AlignRight);
            }
        }

        page.Ops.Add(new RectOp(p.Margin, baseline + p.Small * 0.6, width, 0.6, Rgb.Muted, null, 0));
    }

    /// <summary>The footer's QR code, made once for all pages; a text too long for any QR code is reported (the
    /// footer keeps its place, so the rest of the layout does not move).</summary>
    private bool[][]? QrModules(IReadOnlyList<RunningItem> footer, PrintReport report)
    {
        if (footer.FirstOrDefault(i => i.Kind == RunningKind.Qr) is not { } qr) return null;
        if (qrCodes.Modules(qr.Text) is { } modules) return modules;
        var shown = qr.Text.Length > 60 ? qr.Text[..60] + "…" : qr.Text;
        report.AtLine(Codes.QrTooLong, Severity.Error, 1, $"the footer's QR code cannot hold '{shown}' ({System.Text.Encoding.UTF8.GetByteCount(qr.Text)} bytes; a QR code holds at most 2,331): shorten base_url, the slug or the ids in the page's address");
        return null;
    }

    private static void Line(LaidOutPage page, LineBreaker breaker, string text, double left, double baseline, double size, double width, Rgb color, bool alignRight)
    {
        var lines = breaker.Break([new TextRun(text)], size, width, false, false, 0);
        if (lines.Count == 0) return;
        var x = alignRight ? left + width - lines[0].Width : left;
        foreach (var w in lines[0].Words) page.Ops.Add(new WordOp(x + w.X, baseline, w.Word, size, color, null));
    }
}
