using Handouts.Content;
using Handouts.Html;
using Handouts.Pdf.Fonts;
using Handouts.Pdf.Images;
using Handouts.Pdf.Layout;
using Handouts.Pdf.Text;
using Handouts.Pdf.Writer;

namespace Handouts.Pdf;

/// <summary>Pdf stage: compose, lay out, paginate (the footer's "Page X of Y" is added once the page count is
/// known), then write. One instance per run: fonts and shaped words are shared by every document.</summary>
internal sealed class PdfRenderer
{
    private readonly SiteConfig site;
    private readonly string contentRoot;
    private readonly UiStrings strings;
    private readonly FontLibrary fonts;
    private readonly Shaper shaper;
    private readonly ImageCache images = new();
    private readonly QrCodes qrCodes = new();
    private readonly PrintComposer composer;

    public PdfRenderer(SiteConfig site, string contentRoot, UiStrings strings, FontLibrary fonts, Shaper shaper)
    {
        this.site = site;
        this.contentRoot = contentRoot;
        this.strings = strings;
        this.fonts = fonts;
        this.shaper = shaper;
        composer = new PrintComposer(site, strings, contentRoot, images);
    }

    public byte[] Render(PrintRequest request, PrintProblems problems) => Render(request, problems, out _);

    public byte[] Render(PrintRequest request, PrintProblems problems, out int pageCount)
    {
        var missingCharacter = problems.MissingCharacter;
        var p = request.Profile;
        var paper = request.Paper;
        var breaker = new LineBreaker(fonts, shaper, missingCharacter);
        var root = new StructNode("Document", null);
        var width = paper.Width - 2 * p.Margin;
        var flow = new FlowBuilder(breaker, p).Build(composer.Compose(request, problems), p.Margin, width, root);
        var headerHeight = p.Small * 2.2;
        var footerHeight = Math.Max(p.Small * 3.2, QrSize(p) + 6);
        var pages = Paginator.Paginate(flow, p.Margin + headerHeight, paper.Height - p.Margin - footerHeight, problems.RowTooTall);
        pageCount = pages.Count;
        for (var i = 0; i < pages.Count; i++) AddRunningText(pages[i], i + 1, pages.Count, request, breaker, width);

        var h = request.Handout.Handout;
        var meta = new PdfMetadata($"{h.Title} ({request.VariantLabel})", h.Language, h.Summary, request.Keywords, site.Clinic.Name, h.Reviewed);
        return PdfDocumentWriter.Write(pages, paper, root, meta);
    }

    /// <summary>Clinic name above, page numbers, review date and the web address below: artifacts, not content, so a
    /// screen reader reads the handout once, without "Page 1 of 3" in the middle.</summary>
    private void AddRunningText(LaidOutPage page, int number, int count, PrintRequest request, LineBreaker breaker, double width)
    {
        var p = request.Profile;
        var h = request.Handout.Handout;
        var lang = h.Language;
        var top = p.Margin + p.Small;
        var nameLeft = p.Margin;
        if (site.Clinic.Logo is { } logo && images.Get(Path.Combine(contentRoot, logo)).Image is { } image)
        {
            // Decorative: the clinic's name is written beside it.
            var height = p.Small * 1.6;
            var logoWidth = height * image.Width / image.Height;
            page.Ops.Add(new ImageOp(p.Margin, top - height * 0.8, logoWidth, height, image, null));
            nameLeft += logoWidth + p.Small * 0.5;
        }

        Line(page, breaker, site.Clinic.Name, nameLeft, top, p.Small, width - (nameLeft - p.Margin), Rgb.Muted, alignRight: false);
        page.Ops.Add(new RectOp(p.Margin, top + p.Small * 0.6, width, 0.6, Rgb.Muted, null, 0));

        // The QR code of the variant's web page sits at the footer's right; the text keeps clear of it.
        var qr = QrSize(p);
        page.Ops.Add(new QrOp(p.Margin + width - qr, request.Paper.Height - p.Margin - qr, qr, qrCodes.Modules(request.PageUrl)));
        width -= qr + p.Small;
        var bottom = request.Paper.Height - p.Margin - Math.Max(p.Small * 1.6, qr - p.Small * 0.6);
        var pageText = strings.Text(lang, "page_of").Replace("{page}", number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{pages}", count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        page.Ops.Add(new RectOp(p.Margin, bottom - p.Small * 1.3, width, 0.6, Rgb.Muted, null, 0));
        Line(page, breaker, $"{strings.Text(lang, "reviewed")} {request.ReviewedDisplay} · {strings.Text(lang, "version")} {h.Version}", p.Margin, bottom, p.Small, width, Rgb.Muted, alignRight: false);
        Line(page, breaker, pageText, p.Margin, bottom, p.Small, width, Rgb.Black, alignRight: true);
        Line(page, breaker, request.PageUrl, p.Margin, bottom + p.Small * 1.4, p.Small, width, Rgb.Muted, alignRight: false);
    }

    private static double QrSize(PrintProfile p) => p.Small * 5;

    private static void Line(LaidOutPage page, LineBreaker breaker, string text, double left, double baseline, double size, double width, Rgb color, bool alignRight)
    {
        var lines = breaker.Break([new Span(text)], size, width, false, false, 0);
        if (lines.Count == 0) return;
        var x = alignRight ? left + width - lines[0].Width : left;
        foreach (var w in lines[0].Words) page.Ops.Add(new WordOp(x + w.X, baseline, w.Word, size, color, null, false));
    }
}
