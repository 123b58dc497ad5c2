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

/// <summary>Pdf stage: compose and lay out (<see cref="Typeset"/>), paginate (the footer's "Page X of Y" is added once
/// the page count is known), then write. One instance per run: fonts, shaped words, images and QR codes are shared by
/// every document.</summary>
internal sealed class PdfRenderer(SiteConfig site, SiteIndex index, FileRoot contentRoot, UiStrings strings, FontLibrary fonts, Shaper shaper)
{
    public ImageCache Images { get; } = new(contentRoot);

    public QrCodes QrCodes { get; } = new();

    public byte[] Render(PrintRequest request, PrintReport report) => Render(request, report, out _);

    public byte[] Render(PrintRequest request, PrintReport report, out int pageCount) => Write(Typeset(request, report), out pageCount, forPacks: false);

    /// <summary>One handout's PDF from its typeset document; <paramref name="forPacks"/>: the document keeps its pages
    /// as written for the packs (only when packs will be made: keeping them costs time and memory).</summary>
    public static byte[] Write(TypesetDocument document, out int pageCount, bool forPacks)
    {
        var parts = PageNumbering.Settle([document], reportRows: true);
        var pages = PageNumbering.Number(parts);
        pageCount = pages.Count;
        var pdf = PdfDocumentWriter.WritePages(pages, document.Paper, document.Root, document.Meta);
        if (forPacks) document.KeepPrinted(parts[0].FooterHeight, pages, pdf.Bodies);
        return pdf.Bytes;
    }

    /// <summary>Lines breaking, fonts chosen per word; a character no font has is reported through
    /// <paramref name="report"/>, at its line.</summary>
    public LineBreaker Breaker(PrintReport report) => new(fonts, shaper, (codepoint, line) => report.AtLine(
        Codes.MissingGlyph, Severity.Warning, line,
        $"no configured font has the character U+{codepoint:X4} '{char.ConvertFromUtf32(codepoint)}': it would print as a blank; add a font that has it to 'fonts' in site.yml"));

    /// <summary>The print template's layout of one variant, with its tailored body, set in lines: everything but the
    /// pages. Throws <see cref="InvalidDataException"/> when the template's output cannot be laid out.</summary>
    public TypesetDocument Typeset(PrintRequest request, PrintReport report)
    {
        var h = request.Handout.Handout;
        var breaker = Breaker(report);
        var body = new MarkdownToBlocks(
            request.Profile, site.BaseUrl, h.BodyLine, request.Handout.Body, Images, report,
            kind => strings.TextOrNull(h.Language, "alert_" + kind, h.Audience) ?? kind.ToUpperInvariant(),
            link => index.PathOf(link, request.Variant));
        var layout = new PrintTemplateReader(request.Profile, Images, report).Read(request.LayoutXml, () => body.Convert(request.Handout.Document, request.Variant));
        var p = layout.Margin is { } margin ? request.Profile with { Margin = margin } : request.Profile;
        var paper = layout.Size is { } size ? PaperSize.Of(size) : request.Paper;
        var root = new StructNode(StructType.Document, null);
        var width = paper.Width - 2 * p.Margin;
        var flow = new FlowBuilder(breaker, p).Build(layout.Content, p.Margin, width, root);
        var header = new RunningHeader(layout.Header, p, width, breaker, Images, report);
        var footer = new RunningFooter(layout.Footer, p, paper, width, breaker);

        // Before pagination: an address too long for the QR code is also too long for the footer to leave a page.
        var qr = QrModules(layout.Footer, report);
        var meta = new PdfMetadata($"{h.Title} ({request.VariantLabel})", layout.Lang ?? h.Language, h.Summary, request.Keywords, site.Clinic.Name, h.Reviewed);
        return new TypesetDocument(flow, root, p, paper, p.Margin + header.Height, header, footer, qr, meta, h.Title, report);
    }

    /// <summary>The footer's QR code, made once for all pages; a text too long for any QR code is reported (the
    /// footer keeps its place, so the rest of the layout does not move).</summary>
    private bool[][]? QrModules(IReadOnlyList<RunningItem> footer, PrintReport report)
    {
        if (footer.FirstOrDefault(i => i.Kind == RunningKind.Qr) is not { } qr) return null;
        if (QrCodes.Modules(qr.Text) is { } modules) return modules;
        var shown = qr.Text.Length > 60 ? qr.Text[..60] + "…" : qr.Text;
        report.AtLine(Codes.QrTooLong, Severity.Error, 1, $"the footer's QR code cannot hold '{shown}' ({System.Text.Encoding.UTF8.GetByteCount(qr.Text)} bytes; a QR code holds at most 2,331): shorten base_url, the slug or the ids in the page's address");
        return null;
    }
}
