using Handouts.Content;
using Handouts.Pdf.Layout;
using Handouts.Pdf.Writer;
using Handouts.Site;
using Handouts.Templates;

namespace Handouts.Pdf.Packs;

/// <summary>Pdf stage for a language's waiting-room poster, in large print on the site's paper: the clinic, "Scan to
/// read about your cancer", and for each cancer type a QR code of its page's address with its name, then the home
/// page's address for those who would rather type. The codes take the largest of a few sizes at which all of them fit
/// on one page, each name under its code or beside it, whichever fits, in 18 pt or else 16 pt (a clinic with very many cancer types gets the
/// smallest size, over more pages).</summary>
internal sealed class PosterPdfs(ContentSet content, PrintStyles styles, PdfRenderer renderer, UiStrings strings, PrintReport report)
{
    /// <summary>Sizes in points, largest first: two inches scan from across a waiting room; 0.9 inch is still read at
    /// arm's length by any phone (a module of about 0.6 mm for an address of this length).</summary>
    private static readonly double[] QrSizes = [144, 126, 108, 90, 78, 66];

    // The gap the layout puts between the columns of a row.
    private const double Gap = 12;

    private sealed record Code(string Name, string Address, bool[][] Modules);

    public PrintedPdf? Render(PrintPoster poster)
    {
        var profile = styles.LargePrint;
        var site = content.Site;
        var lang = poster.Language;
        var paper = PaperSize.Of(site.Paper);
        var width = paper.Width - 2 * profile.Margin;
        var breaker = renderer.Breaker(report);
        var codes = new List<Code>();
        foreach (var cancer in poster.Cancers)
        {
            var address = site.BaseUrl + SitePaths.Cancer(lang, cancer.Id);

            // The same limit as a handout's own address (HND055 at the handout), which is longer than this one.
            if (renderer.QrCodes.Modules(address) is { } modules) codes.Add(new Code(cancer.Name(lang, site.DefaultLanguage), address, modules));
        }

        // A larger code first, then a name at body size (18 pt) before one at the least large print allows (16 pt).
        var options = QrSizes.SelectMany(size => new[] { profile.Body, profile.Small }.SelectMany(label => new[] { (size, label, false), (size, label, true) }));
        List<FlowItem> flow = [];
        StructNode root = new(StructType.Document, null);
        foreach (var (size, label, beside) in options)
        {
            // A name's column is never narrower than its longest word, which would otherwise be cut.
            var widestWord = codes.SelectMany(c => breaker.Break([new TextRun(c.Name)], label, double.MaxValue, true, false, 0))
                .SelectMany(l => l.Words).Select(w => w.Word.WidthAt(label)).DefaultIfEmpty(0).Max() + label * 0.5;
            root = new StructNode(StructType.Document, null);
            flow = new FlowBuilder(breaker, profile).Build(Blocks(lang, codes, profile, width, size, label, beside, widestWord), profile.Margin, width, root);
            if (Paginator.Paginate(flow, profile.Margin, paper.Height - profile.Margin).Count == 1) break;
        }

        var title = strings.Text(lang, "poster_scan");
        var meta = new PdfMetadata($"{title} | {site.Clinic.Name}", lang, string.Join(", ", codes.Select(c => c.Name)), title, site.Clinic.Name, poster.Date);
        var document = new TypesetDocument(flow, root, profile, paper, profile.Margin, null, new RunningFooter([], profile, paper, width, breaker), null, meta, title, report);
        var pages = PageNumbering.Number(PageNumbering.Settle([document], reportRows: false));
        return new PrintedPdf(SiteFile.Binary(SitePaths.Poster(lang), PdfDocumentWriter.Write(pages, paper, root, meta)), pages.Count);
    }

    /// <param name="label">The size of the names.</param>
    /// <param name="beside">Each name beside its code rather than under it.</param>
    private List<PrintBlock> Blocks(string lang, List<Code> codes, PrintProfile profile, double width, double size, double label, bool beside, double widestWord)
    {
        string T(string key) => strings.Text(lang, key);
        var cell = beside ? size + Gap + widestWord : Math.Max(size, widestWord);
        var columns = Math.Clamp((int)((width + Gap) / (cell + Gap)), 1, Math.Max(1, codes.Count));
        var blocks = new List<PrintBlock>
        {
            Masthead.Of(content.Site.Clinic, renderer.Images, profile),
            new TextBlock([new TextRun(T("poster_scan"))], StructType.H1, profile.Title, 0, SpaceBefore: profile.Body, SpaceAfter: profile.Body * 0.3),
            new TextBlock([new TextRun(T("poster_how"))], StructType.P, profile.Body, 0, SpaceAfter: profile.Body * 0.4),
        };
        foreach (var row in codes.Chunk(columns))
        {
            var cells = row.Select(c =>
            {
                PrintBlock qr = new QrBlock(c.Modules, size, c.Address, 0);
                PrintBlock name = new TextBlock([new TextRun(c.Name)], StructType.P, label, 0, Bold: true);
                IReadOnlyList<PrintBlock> content = beside ? [new RowBlock([(Num(size), [qr]), ("*", [name])], 0)] : [qr, name];
                return (Width: "*", Content: content);
            }).ToList();

            // A short last row keeps the columns of the rows above, so the codes line up.
            while (cells.Count < columns) cells.Add(("*", []));
            blocks.Add(new RowBlock(cells, 0));
        }

        var home = content.Site.BaseUrl + SitePaths.Home(lang)[..^"index.html".Length];
        blocks.Add(new TextBlock([new TextRun(T("poster_visit").Replace("{address}", home, StringComparison.Ordinal))], StructType.P, profile.Body, 0, SpaceBefore: profile.Body * 0.2));
        return blocks;
    }

    private static string Num(double points) => points.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
